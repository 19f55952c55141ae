// SPDX-License-Identifier: MIT
// A period of the history, as a report for a clinician tells it: how often and how long
// the routines were done, week by week, and each day the feet went numb, with what the
// runner answered.
#pragma once

#include "history/record.h"

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace stretch::history {

/// The most sessions of one numbness day whose answers are kept; the others are counted.
inline constexpr std::size_t k_max_sessions_kept_a_day = 4;

/// A day on which a numbness episode began, in the period.
struct NumbDay
{
  Day day;
  std::vector<std::string> routines{};    // the routines run, in the order first run
  std::size_t sessions = 0;
  std::optional<bool> stayed{};           // how the day ended: stayed, went, or undecided
  Seconds decided_at = Seconds::min();    // the start of the session that decided it
  std::vector<SessionRecord> kept{};      // its first `k_max_sessions_kept_a_day` sessions
};

/// What a routine came to in the period.
struct RoutineUse
{
  std::size_t sessions = 0;
  long long seconds = 0;
};

/// The sums of the sessions that started from `first` to `last` (both included, each
/// session on its own day: see `day_where_written`), built one record at a time in any
/// order. Memory grows with the days and routines of the period, never with its sessions.
class Period
{
public:
  Period(Day first, Day last) : m_first(first), m_last(last) {}

  /// Counts `record` in when it started within the period.
  void add(const SessionRecord& record);

  Day first() const { return m_first; }
  Day last() const { return m_last; }
  std::size_t sessions() const { return m_sessions; }
  long long seconds() const { return m_seconds; }

  /// Days with a session, within the period.
  std::size_t active_days() const { return m_days.size(); }

  /// Active seconds of each week (by its Monday) of the period, weeks without a session
  /// included, oldest first.
  std::vector<std::pair<Day, long long>> seconds_by_week() const;

  /// Each routine run, by name.
  const std::map<std::string, RoutineUse>& routines() const { return m_routines; }

  /// Each day a numbness episode began (see `is_numbness_episode`), oldest first.
  std::vector<NumbDay> numb_days() const;

private:
  Day m_first;
  Day m_last;
  std::size_t m_sessions = 0;
  long long m_seconds = 0;
  std::map<Day, long long> m_days; // active seconds by day
  std::map<std::string, RoutineUse> m_routines;
  std::map<Day, NumbDay> m_numb;
};

} // namespace stretch::history
