// SPDX-License-Identifier: MIT
// A calendar of the last weeks, one cell per day shaded by minutes stretched, weeks as
// columns, like a contribution graph.
#pragma once

#include "history/local_time.h"
#include "render/style.h"

#include <map>
#include <string>
#include <vector>

namespace stretch::render {

/// How the calendar is drawn.
struct CalendarStyle
{
  const Palette* palette = nullptr;
  bool color = false;   // shade with colors rather than with ░▒▓█
  bool unicode = true;  // block characters; ASCII shades otherwise
  unsigned first_weekday = 1; // the top row: 0 Sunday, 1 Monday (i18n::first_weekday)
};

/// The columns before the first week: the weekday names.
inline constexpr std::size_t k_calendar_margin = 5;

/// The shade (0 to 4) of a day with `seconds` of stretching: none, under 5 minutes, under
/// 10, under 20, and 20 or more.
int shade_level(long long seconds);

/// The calendar of the `weeks` weeks up to the week of `today`: a row of month names (each
/// over the week it begins in; the month of the first week, when there is room), a row per
/// weekday (Monday first), and a legend. Two columns a week, after `k_calendar_margin`.
std::vector<std::string> calendar_lines(const std::map<history::Day, long long>& seconds_by_day, history::Day today, int weeks,
                                        const CalendarStyle& style);

} // namespace stretch::render
