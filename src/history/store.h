// SPDX-License-Identifier: MIT
// Where sessions are kept: each one added as it ends, the recent ones read back for the
// follow-up of numbness. The log file in the program; a fake in tests.
#pragma once

#include "history/log_file.h"
#include "history/record.h"
#include "util/expected.h"

namespace stretch::history {

/// Keeps the sessions.
class Store
{
public:
  virtual ~Store() = default;

  /// Adds `record`; fails with a message that names where and why.
  virtual util::Expected<bool> add(const SessionRecord& record) = 0;

  /// Calls `each` for the sessions that started from `since` on (and perhaps a few just
  /// before); fails with a message when what holds them cannot be read.
  virtual util::Expected<ReadSummary> recent(Seconds since, const LogParser::OnRecord& each) const = 0;
};

/// The history log file at `path` (see `log_path`).
class LogStore : public Store
{
public:
  explicit LogStore(LogPath path) : m_path(std::move(path)) {}

  util::Expected<bool> add(const SessionRecord& record) override;
  util::Expected<ReadSummary> recent(Seconds since, const LogParser::OnRecord& each) const override;

private:
  LogPath m_path;
};

} // namespace stretch::history
