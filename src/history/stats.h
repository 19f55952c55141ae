// What the history log adds up to: streaks of days, and minutes per day, week and month.
#pragma once

#include "history/record.h"

#include <map>
#include <vector>

namespace stretch::history {

/// Consecutive local days with a session done, up to today (or up to yesterday, when today
/// has none yet: the streak is still alive until the day ends).
struct Streaks
{
  int current = 0;
  int longest = 0;
};

/// The local day a session counts for: the day it ended on.
Day session_day(const SessionRecord& record);

/// The streaks in `records` as of `today`. A day counts when a session ended on it done.
Streaks streaks(const std::vector<SessionRecord>& records, Day today);

/// Active seconds per local day, for every day with a session.
std::map<Day, long long> seconds_by_day(const std::vector<SessionRecord>& records);

/// Active seconds on the days from `first` to `last`, both included.
long long seconds_between(const std::map<Day, long long>& by_day, Day first, Day last);

} // namespace stretch::history
