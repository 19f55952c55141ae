// SPDX-License-Identifier: MIT
// The history as the store of sessions.
#include "history/store.h"

#include "history/move.h"

namespace stretch::history {

util::Expected<bool> PlaceStore::add(const SessionRecord& record)
{
  SessionRecord mine = record;
  mine.device = m_device.id;
  mine.device_name = m_device.name;
  return append_line(device_log(m_place, m_device), format_record(mine));
}

util::Expected<ReadReport> PlaceStore::recent(Seconds since, const LogParser::OnRecord& each) const
{
  return read_history(m_place, each, since);
}

} // namespace stretch::history
