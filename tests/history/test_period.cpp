// SPDX-License-Identifier: MIT
#include "history/period.h"

#include "support/records.h"

#include <doctest/doctest.h>
#include <fmt/format.h>

using namespace stretch;
using namespace stretch::history;

TEST_SUITE_BEGIN("history/period");

TEST_CASE("Period: the sessions of its days, each on its own day, in any order")
{
  Period period(test::day("2026-11-02"), test::day("2026-11-15"));
  period.add(test::record("2026-11-01T23:30:00+01:00"));            // the day before
  period.add(test::record("2026-11-16T00:30:00+01:00"));            // the day after
  period.add(test::record("2026-11-15T23:30:00-05:00"));            // the 16th in UTC, the 15th where it ran
  period.add(test::record("2026-11-03T07:00:00Z", "daily", "done", 600));
  period.add(test::record("2026-11-02T07:00:00Z", "calf", "done", 190));
  CHECK(period.sessions() == 3);
  CHECK(period.seconds() == 190 + 600 + 190);
  CHECK(period.active_days() == 3);
  CHECK(period.routines().at("calf").sessions == 2);
  CHECK(period.routines().at("daily").seconds == 600);
  const auto weeks = period.seconds_by_week();
  REQUIRE(weeks.size() == 2);
  CHECK(weeks[0] == std::pair{test::day("2026-11-02"), 790LL});
  CHECK(weeks[1] == std::pair{test::day("2026-11-09"), 190LL});
}

TEST_CASE("Period: each numb day once, how it ended said by its last decisive answer")
{
  Period period(test::day("2026-11-01"), test::day("2026-11-30"));
  const std::string numb = "numbness";
  // Two sessions on the 10th, read latest first: the later one (gone) decides.
  period.add(test::record("2026-11-10T19:00:00Z", "midrun", "done", 300, "Has the numbness gone?=yes", numb, 28));
  period.add(test::record("2026-11-10T07:00:00Z", "midrun", "done", 300, "Has the numbness gone?=no", numb, 28));
  period.add(test::record("2026-11-12T07:00:00Z", "laces", "done", 80, "Is the feeling back?=no", numb, 3));
  period.add(test::record("2026-11-14T07:00:00Z", "calf", "done", 190)); // no numbness routine
  period.add(test::record("2026-11-15T07:00:00Z", "midrun", "done", 300, "Has the numbness gone?=no", numb, 28));
  const auto days = period.numb_days();
  REQUIRE(days.size() == 3);
  CHECK(days[0].day == test::day("2026-11-10"));
  CHECK(days[0].sessions == 2);
  CHECK(days[0].stayed == false);
  REQUIRE(days[0].kept.size() == 2);
  CHECK(days[0].kept[0].start < days[0].kept[1].start);
  CHECK(days[1].routines == std::vector<std::string>{"laces"});
  CHECK(days[2].stayed == true);
}

TEST_CASE("Period: a day of many sessions keeps the first few, and counts them all")
{
  Period period(test::day("2026-11-01"), test::day("2026-11-30"));
  for (int hour = 20; hour >= 8; --hour) {
    period.add(test::record(fmt::format("2026-11-10T{:02}:00:00Z", hour), "midrun", "done", 300,
                            "Has the numbness gone?=no", "numbness", 28));
  }
  const auto days = period.numb_days();
  REQUIRE(days.size() == 1);
  CHECK(days[0].sessions == 13);
  REQUIRE(days[0].kept.size() == k_max_sessions_kept_a_day);
  CHECK(days[0].kept.front().start_text == "2026-11-10T08:00:00Z");
}

TEST_SUITE_END();
