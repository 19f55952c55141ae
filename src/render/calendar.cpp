// SPDX-License-Identifier: MIT
// A calendar of the last weeks, one cell per day shaded by minutes stretched.
#include "render/calendar.h"

#include "i18n/catalog.h"
#include "i18n/dates.h"
#include "util/utf8.h"

#include <array>
#include <fmt/format.h>

namespace stretch::render {
namespace {

using namespace std::chrono;
using history::Day;
using history::week_start;

constexpr std::string_view k_margin = "     ";
static_assert(k_margin.size() == k_calendar_margin);

std::string cell(int level, const CalendarStyle& style)
{
  const Palette& palette = *style.palette;
  if (level == 0) {
    return styled(palette.dim, style.unicode ? "·" : ".");
  }
  if (style.color) {
    return styled(palette.shades[static_cast<std::size_t>(level - 1)], style.unicode ? "■" : "#");
  }
  static constexpr std::array<std::string_view, 4> k_blocks{"░", "▒", "▓", "█"};
  static constexpr std::array<std::string_view, 4> k_ascii{":", "+", "*", "#"};
  return std::string((style.unicode ? k_blocks : k_ascii)[static_cast<std::size_t>(level - 1)]);
}

// `name` in at most `columns` columns, without a closing full stop (`janv.` -> `jan`).
std::string short_name(std::string name, std::size_t columns)
{
  name = util::truncate_to_width(name, columns, "");
  while (!name.empty() && (name.back() == '.' || name.back() == ' ')) {
    name.pop_back();
  }
  return name;
}

} // namespace

int shade_level(long long seconds)
{
  const long long minutes = seconds / 60;
  if (seconds <= 0) {
    return 0;
  }
  if (minutes < 5) {
    return 1;
  }
  if (minutes < 10) {
    return 2;
  }
  return minutes < 20 ? 3 : 4;
}

std::vector<std::string> calendar_lines(const std::map<Day, long long>& seconds_by_day, Day today, int weeks,
                                        const CalendarStyle& style)
{
  const Day first = week_start(today, style.first_weekday) - days(7 * (weeks - 1));
  std::vector<std::string> lines;

  // Month names over the week in which each month begins, and over the first week the
  // month it is in, unless the next month's name needs the room.
  std::string months(k_margin);
  for (int w = 0; w < weeks; ++w) {
    const Day monday = first + days(7 * w);
    const year_month_day start{monday};
    const year_month_day end{monday + days(6)};
    const bool begins = start.month() != end.month() || start.day() == day{1};
    const std::size_t column = k_margin.size() + static_cast<std::size_t>(2 * w);
    if (w == 0 && !begins && weeks > 1) {
      const year_month_day next_end{monday + days(13)};
      if (next_end.month() != end.month()) {
        continue; // the next week starts a month: its name goes there
      }
    }
    if ((w == 0 || begins) && util::display_width(months) <= column) {
      months += std::string(column - util::display_width(months), ' ');
      months += short_name(i18n::month_abbreviation(static_cast<unsigned>(end.month())), 3);
    }
  }
  lines.push_back(months);

  for (int d = 0; d < 7; ++d) {
    // Every other weekday named: the first, the third, the fifth and the seventh.
    const std::string name =
      d % 2 == 0 ? short_name(i18n::weekday_abbreviation((style.first_weekday + static_cast<unsigned>(d)) % 7), 4) : "";
    std::string row = name + std::string(k_margin.size() - util::display_width(name), ' ');
    for (int w = 0; w < weeks; ++w) {
      const Day date = first + days(7 * w + d);
      if (date > today) {
        break;
      }
      const auto found = seconds_by_day.find(date);
      row += cell(shade_level(found == seconds_by_day.end() ? 0 : found->second), style);
      if (w + 1 < weeks) {
        row += ' ';
      }
    }
    while (!row.empty() && row.back() == ' ') {
      row.pop_back();
    }
    lines.push_back(row);
  }

  std::string legend = std::string(k_margin) + i18n::tr("less") + ' ';
  for (int level = 0; level <= 4; ++level) {
    legend += cell(level, style) + ' ';
  }
  lines.push_back(legend + i18n::tr("more"));
  return lines;
}

} // namespace stretch::render
