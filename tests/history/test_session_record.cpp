// SPDX-License-Identifier: MIT
#include "history/session_record.h"

#include "support/time_zone.h"

#include <doctest/doctest.h>

using namespace stretch;
using namespace std::chrono;

TEST_SUITE_BEGIN("history/session_record");

TEST_CASE("record_of")
{
  const test::ScopedTimeZone zone(test::k_berlin);
  plan::Plan plan;
  plan.about.name = "midrun";
  plan.about.episode = "numbness";
  session::Summary summary;
  summary.outcome = session::Outcome::done;
  summary.holds_planned = 28;
  summary.holds_done = 27;
  summary.elapsed = milliseconds(400'900);
  summary.paused = seconds(30);
  summary.steps_done = 31;
  summary.answers = {{3, "Feeling back?", false}, {40, "Has the numbness gone?", std::nullopt}};
  const history::Seconds start = sys_days{2026y / November / 26} + hours(20);
  const history::SessionRecord record = history::record_of(plan, summary, start);
  CHECK(history::format_record(record).starts_with(
    "2026-11-26T21:00:00+01:00\tmidrun\tdone\t370\t27\t28\tFeeling back?=no;Has the numbness gone?=unanswered\t"
    "numbness\t31\t"));
}

TEST_SUITE_END();
