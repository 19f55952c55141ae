// SPDX-License-Identifier: MIT
// Points in time as the history log writes them (ISO 8601 with the UTC offset), and the
// local calendar days that streaks count.
#pragma once

#include "util/expected.h"

#include <chrono>
#include <ctime>
#include <string>
#include <string_view>

namespace stretch::history {

using Seconds = std::chrono::sys_seconds;
using Day = std::chrono::sys_days; // a calendar day, in whatever zone it was computed

/// The years a date read from a log or the command line may fall in: every date is
/// checked before any arithmetic is done with it.
inline constexpr int k_first_year = 1970;
inline constexpr int k_last_year = 2199;

/// `t` in the local time zone (`TZ`), broken down; `t` must lie in the years above.
std::tm local_tm(Seconds t);

/// `t` in the local time zone (`TZ`) as `2026-11-26T21:03:53+01:00`.
std::string format_local_iso(Seconds t);

/// Reads `2026-11-26T21:03:53+01:00` (or `Z` for UTC) into the point in time it names;
/// fails for a year outside `k_first_year` to `k_last_year`.
util::Expected<Seconds> parse_iso(std::string_view text);

/// The local calendar day (`TZ`) that `t` falls on.
Day local_day(Seconds t);

/// The calendar day `t` falls on where `written` (a time as the log writes it, with its
/// UTC offset: `2026-11-26T21:03:53+01:00`) was written: by that offset, with no time zone
/// looked up, so that a session counts on its own day whichever zone reads it (a phone on a
/// trip, a laptop at home). `local_day(t)` when `written` carries no offset.
Day day_where_written(std::string_view written, Seconds t);

/// `local_day` for many points in time in a row, as a log holds them: the local time is
/// worked out once for each day (its bounds in UTC, which a change of daylight saving time
/// moves), not once for each point.
class LocalDays
{
public:
  Day operator()(Seconds t);

private:
  Seconds m_from = Seconds::max(); // the day `m_day` starts here,
  Seconds m_to = Seconds::min();   // and the next day here
  Day m_day{};
};

/// Reads a calendar date `2026-11-26`, of a year from `k_first_year` to `k_last_year`.
util::Expected<Day> parse_date(std::string_view text);

/// `days` as a count of days in the user's language: `1 day`, `3 Tage`.
std::string days_text(long long days);

/// The day that starts the week of `day`: a Monday, or the weekday `first_weekday` names
/// (0 Sunday to 6 Saturday).
Day week_start(Day day, unsigned first_weekday = 1);

/// The first day of the month of `day`.
Day month_start(Day day);

} // namespace stretch::history
