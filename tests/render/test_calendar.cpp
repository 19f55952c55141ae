// SPDX-License-Identifier: MIT
#include "render/calendar.h"

#include "support/records.h"

#include "support/language.h"

#include <doctest/doctest.h>

using namespace stretch;
using namespace stretch::render;
using stretch::history::Day;
using test::day;

TEST_SUITE_BEGIN("render/calendar");

TEST_CASE("shade_level")
{
  CHECK(shade_level(0) == 0);
  CHECK(shade_level(1) == 1);
  CHECK(shade_level(299) == 1);
  CHECK(shade_level(300) == 2);
  CHECK(shade_level(600) == 3);
  CHECK(shade_level(1200) == 4);
  CHECK(shade_level(100'000) == 4);
}

TEST_CASE("calendar_lines without color: weeks as columns, shaded by minutes")
{
  const render::Palette plain = render::Palette::plain();
  const std::map<Day, long long> seconds{{day("2026-11-02"), 60},  {day("2026-11-10"), 400},
                                         {day("2026-11-18"), 700}, {day("2026-11-26"), 2000},
                                         {day("2026-10-01"), 60}};
  // Four weeks up to Thursday 26 November 2026: Mondays 2, 9, 16 and 23 November.
  CHECK(calendar_lines(seconds, day("2026-11-26"), 4, {&plain, false, true})
        == std::vector<std::string>{
             "     Nov",
             "Mon  ░ · · ·",
             "     · ▒ · ·",
             "Wed  · · ▓ ·",
             "     · · · █",
             "Fri  · · ·",
             "     · · ·",
             "Sun  · · ·",
             "     less · ░ ▒ ▓ █ more",
           });
}

TEST_CASE("calendar_lines names each month over the week it begins in")
{
  const render::Palette plain = render::Palette::plain();
  const auto lines = calendar_lines({}, day("2026-11-26"), 12, {&plain, false, true});
  CHECK(lines[0] == "     Sep   Oct     Nov");
  CHECK(lines.size() == 9);
}

TEST_CASE("calendar_lines in ASCII, and in color")
{
  const render::Palette plain = render::Palette::plain();
  const std::map<Day, long long> seconds{{day("2026-11-23"), 1300}};
  CHECK(calendar_lines(seconds, day("2026-11-23"), 1, {&plain, false, false})[1] == "Mon  #");
  const render::Palette colored = render::Palette::colored();
  const auto lines = calendar_lines(seconds, day("2026-11-23"), 1, {&colored, true, true});
  CHECK(lines[1] == "Mon  \x1b[1m\x1b[92m■\x1b[0m");
  CHECK(lines.back().find("\x1b[2m·\x1b[0m") != std::string::npos);
}

TEST_CASE("calendar_lines in the user's language, from the first day of the locale's week")
{
  const render::Palette plain = render::Palette::plain();
  SUBCASE("weeks from Sunday, as in the United States")
  {
    const auto lines = calendar_lines({}, day("2026-11-26"), 2, {&plain, false, true, 0});
    CHECK(lines[1] == "Sun  · ·"); // Sundays 15 and 22 November
    CHECK(lines[7] == "Sat  ·");   // Saturday 28 November is still to come
  }
  SUBCASE("German names from the catalog")
  {
    const test::InLanguage german("de");
    const auto lines = calendar_lines({}, day("2026-03-05"), 2, {&plain, false, true});
    CHECK(lines[0] == "     Mär");
    CHECK(lines[1] == "Mo   · ·");
    CHECK(lines[3] == "Mi   · ·");
    CHECK(lines.back() == "     weniger · ░ ▒ ▓ █ mehr");
  }
  SUBCASE("French abbreviations lose their full stop and fit the margin")
  {
    const test::InLanguage french("fr");
    const auto lines = calendar_lines({}, day("2026-08-05"), 1, {&plain, false, true});
    CHECK(lines[0] == "     aoû");
    CHECK(lines[1] == "lun  ·");
  }
}

TEST_SUITE_END();
