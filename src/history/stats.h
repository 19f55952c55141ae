// SPDX-License-Identifier: MIT
// What the history log adds up to: streaks of days, and minutes per day, week and month.
#pragma once

#include "history/record.h"

#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <vector>

namespace stretch::history {

/// Consecutive local days with a session done, up to today (or up to yesterday, when today
/// has none yet: the streak is still alive until the day ends).
struct Streaks
{
  int current = 0;
  int longest = 0;
};

/// The sums of a log, built one record at a time, so that a log of any length streams
/// through it: memory grows with the days that have sessions, not with the sessions.
class Tally
{
public:
  Tally() = default;
  Tally(const Tally&) = delete; // it keeps its place in its own map
  Tally& operator=(const Tally&) = delete;

  /// Counts `record` in, on the day it ended where it ran (see `day_where_written`).
  void add(const SessionRecord& record);

  /// The streaks as of `today`. A day counts when a session ended on it done.
  Streaks streaks(Day today) const;

  /// Active seconds per local day, for every day with a session.
  const std::map<Day, long long>& seconds_by_day() const { return m_seconds; }

  /// Active seconds on the days from `first` to `last`, both included.
  long long seconds_between(Day first, Day last) const;

  /// How many sessions were counted.
  std::size_t sessions() const { return m_sessions; }

private:
  std::set<Day> m_done_days;
  std::map<Day, long long> m_seconds;
  std::size_t m_sessions = 0;
  // The entry of the day of the last session: a log in order adds to it again and again.
  std::map<Day, long long>::iterator m_last = m_seconds.end();
  std::optional<Day> m_last_done;
};

} // namespace stretch::history
