// SPDX-License-Identifier: MIT
// The history log file as the store of sessions.
#include "history/store.h"

namespace stretch::history {

util::Expected<bool> LogStore::add(const SessionRecord& record)
{
  return append_line(m_path, format_record(record));
}

util::Expected<ReadSummary> LogStore::recent(Seconds since, const LogParser::OnRecord& each) const
{
  return read_recent(m_path, since, each);
}

} // namespace stretch::history
