// SPDX-License-Identifier: MIT
#include "history/local_time.h"

#include "support/records.h"
#include "support/time_zone.h"

#include <doctest/doctest.h>

using namespace stretch;
using namespace stretch::history;
using namespace std::chrono;

TEST_SUITE_BEGIN("history/local_time");

TEST_CASE("parse_iso")
{
  const auto t = parse_iso("2026-11-26T21:03:53+01:00");
  REQUIRE(t);
  CHECK(*t == sys_days{2026y / November / 26} + hours(20) + minutes(3) + seconds(53));
  CHECK(*parse_iso("2026-11-26T20:03:53Z") == *t);
  CHECK(*parse_iso("2026-11-26T15:33:53-04:30") == *t);
  CHECK_FALSE(parse_iso("2026-11-26 21:03:53+01:00"));
  CHECK_FALSE(parse_iso("2026-02-30T21:03:53+01:00"));
  CHECK_FALSE(parse_iso("2026-11-26T25:03:53+01:00"));
  CHECK_FALSE(parse_iso("2026-11-26T21:03:53+0100"));
  CHECK_FALSE(parse_iso("2026-11-26T21:03:53"));
  CHECK_FALSE(parse_iso(""));
  CHECK(parse_iso("2026-11-26T21:03:53+1:00").error() == "expected a UTC offset like +01:00 or Z");
}

TEST_CASE("parse_iso and parse_date keep to the years every computation can take")
{
  for (const char* year : {"0000", "1677", "1969", "2200", "2263", "9999"}) {
    CAPTURE(year);
    CHECK(parse_iso(std::string(year) + "-06-01T12:00:00Z").error()
          == "year " + std::to_string(std::stoi(year)) + " is outside 1970 to 2199");
    CHECK_FALSE(parse_date(std::string(year) + "-06-01"));
  }
  // The ends of the range, and a day reckoned from each in a zone far from UTC.
  const test::ScopedTimeZone zone("UTC+12");
  const auto earliest = parse_iso("1970-01-01T00:00:00+14:00");
  const auto latest = parse_iso("2199-12-31T23:59:59-12:00");
  REQUIRE(earliest);
  REQUIRE(latest);
  CHECK(local_day(*earliest) == sys_days{1969y / December / 30});
  CHECK(local_day(*latest) == sys_days{2199y / December / 31});
  CHECK(format_local_iso(*latest) == "2199-12-31T23:59:59-12:00");
}

TEST_CASE("format_local_iso writes the local time with its offset")
{
  const Seconds t = sys_days{2026y / July / 1} + hours(10);
  {
    const test::ScopedTimeZone zone(test::k_berlin);
    CHECK(format_local_iso(t) == "2026-07-01T12:00:00+02:00");
    CHECK(format_local_iso(sys_days{2026y / January / 1} + hours(10)) == "2026-01-01T11:00:00+01:00");
  }
  {
    const test::ScopedTimeZone zone("NST+3:30");
    CHECK(format_local_iso(t) == "2026-07-01T06:30:00-03:30");
  }
  const test::ScopedTimeZone zone(test::k_berlin);
  CHECK(*parse_iso(format_local_iso(t)) == t);
}

TEST_CASE("local_day")
{
  const test::ScopedTimeZone zone(test::k_berlin);
  // 23:30 UTC on 31 December is already New Year in Berlin.
  CHECK(local_day(*parse_iso("2026-12-31T23:30:00Z")) == test::day("2027-01-01"));
  CHECK(local_day(*parse_iso("2026-12-31T22:30:00Z")) == test::day("2026-12-31"));
}

TEST_CASE("LocalDays gives the day local_day gives, across changes of summer time, in zones of every kind")
{
  // POSIX rules: Berlin; Lord Howe Island, whose summer time moves clocks half an hour;
  // Kolkata, half an hour off the hour; a zone whose summer time starts at midnight, so
  // that a midnight is skipped; and one far west of Greenwich.
  for (const char* rules : {test::k_berlin, "<+1030>-10:30<+11>-11,M10.1.0,M4.1.0", "IST-5:30",
                            "<-03>3<-02>,M10.3.0/0,M2.3.0/0", "HST10"}) {
    CAPTURE(rules);
    const test::ScopedTimeZone zone(rules);
    LocalDays days;
    // Every 37 minutes for two years, forwards, then a few steps back and forth.
    const Seconds first = *parse_iso("2026-01-01T00:00:00Z");
    std::size_t checked = 0;
    for (Seconds t = first; t < first + std::chrono::days(730); t += std::chrono::minutes(37)) {
      REQUIRE(days(t) == local_day(t));
      ++checked;
    }
    for (const int hours : {5, -30, 7000, -6999, 1}) {
      const Seconds t = first + std::chrono::hours(hours);
      CHECK(days(t) == local_day(t));
    }
    CHECK(checked > 28'000);
  }
}

TEST_CASE("dates")
{
  CHECK(test::day("2026-03-09") == std::chrono::sys_days{2026y / March / 9});
  CHECK(parse_date("2026-3-9").error() == "expected a date like 2026-11-26");
  CHECK(parse_date("2026-02-29").error() == "no such date");
  CHECK(parse_date("2028-02-29"));
  CHECK(week_start(test::day("2026-11-26")) == test::day("2026-11-23")); // a Thursday
  CHECK(week_start(test::day("2026-11-23")) == test::day("2026-11-23")); // a Monday
  CHECK(week_start(test::day("2026-11-29")) == test::day("2026-11-23")); // a Sunday
  CHECK(month_start(test::day("2026-11-26")) == test::day("2026-11-01"));
}

TEST_SUITE_END();
