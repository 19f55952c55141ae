// SPDX-License-Identifier: MIT
// What the history log adds up to: streaks of days, and minutes per day, week and month.
#include "history/stats.h"

#include <algorithm>

namespace stretch::history {

Day session_day(const SessionRecord& record)
{
  return local_day(record.end());
}

void Tally::add(const SessionRecord& record)
{
  const Day day = session_day(record);
  if (record.outcome == session::Outcome::done) {
    m_done_days.insert(day);
  }
  m_seconds[day] += record.active_seconds;
  ++m_sessions;
}

Streaks Tally::streaks(Day today) const
{
  Streaks result;
  int run = 0;
  Day previous{};
  for (const Day day : m_done_days) {
    run = run > 0 && day == previous + std::chrono::days(1) ? run + 1 : 1;
    result.longest = std::max(result.longest, run);
    previous = day;
  }
  Day from = m_done_days.count(today) != 0 ? today : today - std::chrono::days(1);
  while (m_done_days.count(from) != 0) {
    ++result.current;
    from -= std::chrono::days(1);
  }
  return result;
}

long long Tally::seconds_between(Day first, Day last) const
{
  long long total = 0;
  for (auto it = m_seconds.lower_bound(first); it != m_seconds.end() && it->first <= last; ++it) {
    total += it->second;
  }
  return total;
}

Streaks streaks(const std::vector<SessionRecord>& records, Day today)
{
  Tally tally;
  for (const SessionRecord& record : records) {
    tally.add(record);
  }
  return tally.streaks(today);
}

std::map<Day, long long> seconds_by_day(const std::vector<SessionRecord>& records)
{
  Tally tally;
  for (const SessionRecord& record : records) {
    tally.add(record);
  }
  return tally.seconds_by_day();
}

} // namespace stretch::history
