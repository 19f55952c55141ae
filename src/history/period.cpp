// SPDX-License-Identifier: MIT
// A period of the history, as a report for a clinician tells it.
#include "history/period.h"

#include "history/local_time.h"
#include "history/numbness.h"

#include <algorithm>

namespace stretch::history {

void Period::add(const SessionRecord& record)
{
  const Day day = day_where_written(record.start_text, record.start);
  if (day < m_first || day > m_last) {
    return;
  }
  ++m_sessions;
  m_seconds += record.active_seconds;
  m_days[day] += record.active_seconds;
  RoutineUse& use = m_routines[record.routine];
  ++use.sessions;
  use.seconds += record.active_seconds;
  if (!is_numbness_episode(record)) {
    return;
  }
  NumbDay& numb = m_numb.try_emplace(day, NumbDay{day}).first->second;
  ++numb.sessions;
  if (std::find(numb.routines.begin(), numb.routines.end(), record.routine) == numb.routines.end()) {
    numb.routines.push_back(record.routine);
  }
  // The day's sessions in the order they started: the last that decides, decides the day.
  const auto later = std::find_if(numb.kept.begin(), numb.kept.end(),
                                  [&](const SessionRecord& kept) { return kept.start > record.start; });
  if (numb.kept.size() < k_max_sessions_kept_a_day || later != numb.kept.end()) {
    numb.kept.insert(later, record);
    if (numb.kept.size() > k_max_sessions_kept_a_day) {
      numb.kept.pop_back(); // the first of the day are kept
    }
  }
  if (const auto reply = decisive_reply(record); reply && record.start >= numb.decided_at) {
    numb.stayed = !*reply;
    numb.decided_at = record.start;
  }
}

std::vector<std::pair<Day, long long>> Period::seconds_by_week() const
{
  std::vector<std::pair<Day, long long>> weeks;
  for (Day week = week_start(m_first); week <= m_last; week += std::chrono::days(7)) {
    weeks.emplace_back(week, 0);
  }
  for (const auto& [day, seconds] : m_days) {
    const auto index = static_cast<std::size_t>((day - week_start(m_first)).count() / 7);
    weeks[index].second += seconds;
  }
  return weeks;
}

std::vector<NumbDay> Period::numb_days() const
{
  std::vector<NumbDay> days;
  days.reserve(m_numb.size());
  for (const auto& [day, numb] : m_numb) {
    days.push_back(numb);
  }
  return days;
}

} // namespace stretch::history
