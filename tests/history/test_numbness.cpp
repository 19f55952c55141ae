#include "history/numbness.h"

#include "support/records.h"
#include "support/time_zone.h"

#include <doctest/doctest.h>

using namespace stretch;
using namespace stretch::history;
using test::day;
using test::record;

TEST_SUITE_BEGIN("history/numbness");

TEST_CASE("numbness_stayed")
{
  CHECK(numbness_stayed(record("2026-11-26T08:00:00Z", "midrun", "done", 300, "Has the numbness gone?=no")));
  CHECK_FALSE(numbness_stayed(record("2026-11-26T08:00:00Z", "midrun", "done", 300, "Has the numbness gone?=yes")));
  CHECK_FALSE(numbness_stayed(record("2026-11-26T08:00:00Z", "midrun", "stopped", 300)));
  CHECK_FALSE(numbness_stayed(record("2026-11-26T08:00:00Z", "knee", "done", 300, "Does it hurt?=no")));
}

TEST_CASE("numbness_days counts days within 30, once each")
{
  const test::ScopedTimeZone zone("UTC0");
  const std::vector<SessionRecord> log{
    record("2026-10-20T08:00:00Z", "midrun", "done", 300, "Gone?=no"), // more than 30 days before
    record("2026-11-10T08:00:00Z", "midrun", "done", 300, "Gone?=no"),
    record("2026-11-10T18:00:00Z", "midrun", "done", 300, "Gone?=no"), // the same day again
    record("2026-11-20T08:00:00Z", "midrun", "done", 300, "Gone?=yes"),
    record("2026-11-26T08:00:00Z", "midrun", "done", 300, "Gone?=no"),
  };
  CHECK(numbness_days(log, day("2026-11-26")) == 2);
  CHECK(numbness_days(log, day("2026-11-18")) == 2); // 20 October is 29 days before
  CHECK(numbness_days(log, day("2026-11-19")) == 1);
  CHECK(numbness_days(log, day("2026-12-20")) == 1);
}

TEST_CASE("numbness_advice")
{
  CHECK(numbness_advice(2)
        == "Your feet stayed numb on 2 days in the last 30. Numbness that keeps coming back is a warning light: "
           "have a doctor or physical therapist give you a full evaluation.");
}

TEST_SUITE_END();
