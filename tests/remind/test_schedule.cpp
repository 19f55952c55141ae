// SPDX-License-Identifier: MIT
#include "remind/schedule.h"

#include <doctest/doctest.h>

using namespace stretch;
using namespace stretch::remind;

TEST_SUITE_BEGIN("remind/schedule");

TEST_CASE("parse_schedule")
{
  const auto morning = parse_schedule("07:30", false);
  REQUIRE(morning);
  CHECK(morning->hour == 7);
  CHECK(morning->minute == 30);
  CHECK(parse_schedule("7:05", true)->weekdays);
  for (const char* bad : {"24:00", "7:60", "7", "7:5", "0x7:30", "07:30:00", "-1:30", "", ":30", "123:00"}) {
    CAPTURE(bad);
    CHECK_FALSE(parse_schedule(bad, false));
  }
  CHECK(parse_schedule("25:00", false).error() == "`25:00` is not a time of day; write it like 07:30 or 19:05");
}

TEST_CASE("on_calendar, cron_time and describe, and back")
{
  const Schedule weekdays{7, 30, true};
  const Schedule daily{19, 5, false};
  CHECK(on_calendar(weekdays) == "Mon..Fri *-*-* 07:30:00");
  CHECK(on_calendar(daily) == "*-*-* 19:05:00");
  CHECK(cron_time(weekdays) == "30 7 * * 1-5");
  CHECK(cron_time(daily) == "5 19 * * *");
  CHECK(describe(weekdays) == "07:30 on weekdays");
  CHECK(describe(daily) == "19:05 every day");
  for (const Schedule& schedule : {weekdays, daily}) {
    const auto back = parse_on_calendar(on_calendar(schedule));
    REQUIRE(back);
    CHECK(back->hour == schedule.hour);
    CHECK(back->minute == schedule.minute);
    CHECK(back->weekdays == schedule.weekdays);
  }
  CHECK_FALSE(parse_on_calendar("hourly"));
}

TEST_SUITE_END();
