// SPDX-License-Identifier: MIT
// Where sessions are kept: each one added as it ends, the recent ones read back for the
// follow-up of numbness. The log file in the program; a fake in tests.
#pragma once

#include "history/device.h"
#include "history/reader.h"
#include "history/record.h"
#include "util/expected.h"

namespace stretch::history {

/// Keeps the sessions.
class Store
{
public:
  virtual ~Store() = default;

  /// Adds `record`, a session of this device; fails with a message that names where and why.
  virtual util::Expected<bool> add(const SessionRecord& record) = 0;

  /// Calls `each` for the sessions that started from `since` on (and perhaps a few just
  /// before), of every device, each once; fails with a message when what holds them cannot
  /// be read.
  virtual util::Expected<ReadReport> recent(Seconds since, const LogParser::OnRecord& each) const = 0;
};

/// The history at a place (the log, or a history folder), kept by `device`: its sessions
/// go to its own file.
class PlaceStore : public Store
{
public:
  PlaceStore(Place place, Device device) : m_place(std::move(place)), m_device(std::move(device)) {}

  /// Adds `record` with this device's id and name.
  util::Expected<bool> add(const SessionRecord& record) override;
  util::Expected<ReadReport> recent(Seconds since, const LogParser::OnRecord& each) const override;

private:
  Place m_place;
  Device m_device;
};

} // namespace stretch::history
