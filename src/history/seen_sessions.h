// SPDX-License-Identifier: MIT
// The sessions already counted, so that one found again (in a sync engine's conflict copy,
// a file restored twice, a log moved twice) counts once: a flat table of 64-bit keys, 8
// bytes a slot, at most half full, and the devices whose sessions it holds.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace stretch::history {

/// A set of sessions, each known by its id (random for each session, or, for a session
/// logged before sessions had ids, made from its line: see `legacy_session_id`).
class SeenSessions
{
public:
  /// Adds the session whose id is `session`, of `device` (an id, or "" for none: then it
  /// may be found again as any device's); false when it was there already.
  bool insert(std::string_view device, std::string_view session);

  /// Whether the session whose id is `session`, of `device`, is there: at once false, with
  /// no look in the table, for a device none of whose sessions is.
  bool contains(std::string_view device, std::string_view session) const;

  std::size_t size() const { return m_size; }

private:
  void grow();
  bool holds_device(std::string_view device) const;

  std::vector<std::uint64_t> m_slots; // 0: empty
  std::size_t m_size = 0;
  std::vector<std::string> m_devices; // whose sessions are there, the first k_max_devices
  bool m_many_devices = false;        // more than that: every device may have some
  mutable std::string m_last_device;  // the device asked about last, and whether it has any
  mutable bool m_last_held = false;
};

} // namespace stretch::history
