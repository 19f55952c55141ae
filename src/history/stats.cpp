// SPDX-License-Identifier: MIT
// What the history log adds up to: streaks of days, and minutes per day, week and month.
#include "history/stats.h"

#include <algorithm>

namespace stretch::history {

void Tally::add(const SessionRecord& record)
{
  const Day day = day_where_written(record.start_text, record.end());
  if (record.outcome == session::Outcome::done && m_last_done != day) {
    m_done_days.insert(day);
    m_last_done = day;
  }
  if (m_last == m_seconds.end() || m_last->first != day) {
    m_last = m_seconds.try_emplace(day, 0).first;
  }
  m_last->second += record.active_seconds;
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

} // namespace stretch::history
