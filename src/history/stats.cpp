// What the history log adds up to: streaks of days, and minutes per day, week and month.
#include "history/stats.h"

#include <algorithm>
#include <set>

namespace stretch::history {

Day session_day(const SessionRecord& record)
{
  return local_day(record.end());
}

Streaks streaks(const std::vector<SessionRecord>& records, Day today)
{
  std::set<Day> days;
  for (const SessionRecord& record : records) {
    if (record.outcome == session::Outcome::done) {
      days.insert(session_day(record));
    }
  }
  Streaks result;
  int run = 0;
  Day previous{};
  for (const Day day : days) {
    run = run > 0 && day == previous + std::chrono::days(1) ? run + 1 : 1;
    result.longest = std::max(result.longest, run);
    previous = day;
  }
  Day from = days.count(today) != 0 ? today : today - std::chrono::days(1);
  while (days.count(from) != 0) {
    ++result.current;
    from -= std::chrono::days(1);
  }
  return result;
}

std::map<Day, long long> seconds_by_day(const std::vector<SessionRecord>& records)
{
  std::map<Day, long long> by_day;
  for (const SessionRecord& record : records) {
    by_day[session_day(record)] += record.active_seconds;
  }
  return by_day;
}

long long seconds_between(const std::map<Day, long long>& by_day, Day first, Day last)
{
  long long total = 0;
  for (auto it = by_day.lower_bound(first); it != by_day.end() && it->first <= last; ++it) {
    total += it->second;
  }
  return total;
}

} // namespace stretch::history
