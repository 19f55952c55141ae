// SPDX-License-Identifier: MIT
#include "library/quick_hold.h"

#include "routine/lint.h"
#include "support/plans.h"

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <fmt/ranges.h>

using namespace stretch;
using namespace std::chrono_literals;

TEST_SUITE_BEGIN("library/quick_hold");

namespace {

// What the plan does, a step a line: kind, side, rep and seconds.
std::vector<std::string> outline(const plan::Plan& plan)
{
  std::vector<std::string> lines;
  for (const plan::PlanStep& step : plan.steps) {
    const std::string_view kind = routine::is_lead_in(step.kind) ? "lead-in" : routine::keyword(step.kind);
    lines.push_back(fmt::format("{} {} {}/{} {}", kind, step.side.empty() ? "-" : step.side,
                                step.rep, step.reps, std::chrono::duration<double>(step.duration).count()));
  }
  return lines;
}

} // namespace

TEST_CASE("quick_hold: one hold, as asked")
{
  const auto file = library::quick_hold("30s", false);
  REQUIRE(file);
  CHECK(file->name == "hold");
  CHECK(file->display == "<hold 0:30>");
  const plan::Plan plan = test::plan_from(file->text, {.ready = 5s});
  CHECK(plan.about.title == "Hold 0:30");
  const auto lines = outline(plan);
  CAPTURE(fmt::format("{}", fmt::join(lines, " | ")));
  CHECK(lines == std::vector<std::string>{"lead-in - 0/1 5", "stretch - 1/1 30"});
  CHECK(plan.steps[1].label == "HOLD");
  CHECK(plan.total == 35s);
}

TEST_CASE("quick_hold: reps with a relax between, sides, any way of writing the time")
{
  const auto file = library::quick_hold("90.5s", true);
  CAPTURE(file.error());
  REQUIRE(file);
  const plan::Plan plan = test::plan_from(file->text, {.reps = 2, .ready = 5s});
  CHECK(outline(plan)
        == std::vector<std::string>{"lead-in left 0/2 5", "stretch left 1/2 90.5", "rest left 1/2 10", "stretch left 2/2 90.5",
                                    "lead-in right 0/2 5", "stretch right 1/2 90.5", "rest right 1/2 10",
                                    "stretch right 2/2 90.5"});
  const plan::Plan left = test::plan_from(file->text, {.side = "left", .ready = 5s});
  CHECK(left.steps.size() == 2);
  CHECK(library::quick_hold("90", false)->text == library::quick_hold("1m30s", false)->text);
}

TEST_CASE("quick_hold: what is no hold")
{
  CHECK(library::quick_hold("soon", false).error().find("a hold needs a duration, such as 30s, 1m or 1:30") == 0);
  CHECK(library::quick_hold("0s", false).error() == "a hold of 0:00 is too short: hold at least 1 second");
  CHECK(library::quick_hold("2h", false).error() == "a hold lasts at most 1:00:00, not 2h");
}

TEST_SUITE_END();
