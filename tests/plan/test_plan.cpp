// SPDX-License-Identifier: MIT
#include "plan/plan.h"

#include "support/plans.h"

#include <doctest/doctest.h>

using namespace stretch;
using routine::StepKind;
using std::chrono::milliseconds;
using std::chrono::seconds;

namespace {

// A routine from text with no includes.
routine::Routine routine_of(std::string_view text)
{
  return test::routine_from(text, "t");
}

plan::Plan plan_of(std::string_view text, const plan::PlanOptions& options = {})
{
  return test::plan_from(text, options);
}

// One line per step: "start kind side rep/reps duration".
std::vector<std::string> rows(const plan::Plan& plan)
{
  std::vector<std::string> out;
  for (const auto& s : plan.steps) {
    out.push_back(routine::format_duration(s.start) + " " + std::string(routine::label(s.kind)) + " "
                  + (s.side.empty() ? "-" : std::string(s.side)) + " " + std::to_string(s.rep) + "/" + std::to_string(s.reps)
                  + " " + routine::format_duration(s.duration) + (s.new_side ? " new-side" : ""));
  }
  return out;
}

constexpr std::string_view k_calf = "title Calf\nexercise Calf\nsetup Lean.\nsides left right\nreps 2\n"
                                    "contract 10s Down.\ncontract 20s Up.\n";

} // namespace

TEST_SUITE_BEGIN("plan/plan");

TEST_CASE("build_plan expands reps and sides with lead-ins")
{
  const plan::Plan plan = plan_of(k_calf);
  CHECK(rows(plan) == std::vector<std::string>{
                        "0:00 GET READY left 0/2 0:05",
                        "0:05 CONTRACT left 1/2 0:10",
                        "0:15 CONTRACT left 1/2 0:20",
                        "0:35 CONTRACT left 2/2 0:10",
                        "0:45 CONTRACT left 2/2 0:20",
                        "1:05 SWITCH SIDES right 0/2 0:05 new-side",
                        "1:10 CONTRACT right 1/2 0:10",
                        "1:20 CONTRACT right 1/2 0:20",
                        "1:40 CONTRACT right 2/2 0:10",
                        "1:50 CONTRACT right 2/2 0:20",
                      });
  CHECK(plan.total == seconds(130));
  CHECK(plan.holds() == 8);
  CHECK(plan.about.title == "Calf");
  CHECK(plan.steps[0].text == "Lean.");
  CHECK(plan.steps[1].text == "Down.");
}

TEST_CASE("build_plan with pauses between reps and sides")
{
  const plan::Plan plan = plan_of("title T\nexercise E\nsides a b\nreps 2\nbetween-reps 3s Shake.\n"
                                  "between-sides 7s\ncontract 10s Go.\n",
                                  {.ready = seconds(0)});
  CHECK(rows(plan) == std::vector<std::string>{
                        "0:00 CONTRACT a 1/2 0:10",
                        "0:10 REST a 1/2 0:03",
                        "0:13 CONTRACT a 2/2 0:10",
                        "0:23 REST a 2/2 0:07",
                        "0:30 CONTRACT b 1/2 0:10 new-side",
                        "0:40 REST b 1/2 0:03",
                        "0:43 CONTRACT b 2/2 0:10",
                      });
  CHECK(plan.steps[1].text == "Shake.");
}

TEST_CASE("build_plan options")
{
  SUBCASE("--reps changes exercises with timed steps only")
  {
    const plan::Plan plan = plan_of("title T\nexercise M\nmanual Laces.\nexercise E\nreps 3\nrest 5s\n",
                                    {.reps = 1, .ready = seconds(0)});
    CHECK(rows(plan) == std::vector<std::string>{"0:00 DO THIS - 1/1 0:10", "0:10 REST - 1/1 0:05"});
  }
  SUBCASE("--side keeps one side")
  {
    const plan::Plan plan = plan_of(k_calf, {.side = "RIGHT"});
    CHECK(plan.steps.front().side == "right");
    CHECK(plan.steps.front().kind == StepKind::ready);
    CHECK(plan.total == seconds(65));
  }
  SUBCASE("--scale multiplies holds but not lead-ins")
  {
    const plan::Plan plan = plan_of(k_calf, {.scale = 0.5});
    CHECK(plan.steps[0].duration == seconds(5));
    CHECK(plan.steps[1].duration == seconds(5));
    CHECK(plan.steps[2].duration == seconds(10));
    CHECK(plan.total == seconds(70));
  }
  SUBCASE("a tiny scale never makes a step shorter than a second, and counts the steps it kept")
  {
    const plan::Plan plan = plan_of(k_calf, {.scale = 1e-300, .ready = seconds(0)});
    CHECK(plan.steps[0].duration == seconds(1));
    CHECK(plan.total == seconds(8));
    CHECK(plan.kept_at_minimum == 8);
    CHECK(plan_of(k_calf, {.scale = 0.5}).kept_at_minimum == 0);
  }
  SUBCASE("a step written shorter than a second keeps its length")
  {
    const plan::Plan plan = plan_of("title T\nexercise E\ncontract 0.2s Quick.\n", {.scale = 0.5, .ready = seconds(0)});
    CHECK(plan.steps[0].duration == milliseconds(200));
    CHECK(plan.kept_at_minimum == 1);
  }
  SUBCASE("--scale never goes below a step's minimum, and goes above it freely")
  {
    const std::string text = "title T\nexercise E\ncontract 10s min 10s [PRESS] Down.\ncontract 30s min 20s Up.\nrelax 4s\n";
    const plan::Plan half = plan_of(text, {.scale = 0.5, .ready = seconds(0)});
    CHECK(rows(half) == std::vector<std::string>{"0:00 CONTRACT - 1/1 0:10", "0:10 CONTRACT - 1/1 0:20", "0:30 RELAX - 1/1 0:02"});
    CHECK(half.kept_at_minimum == 2);
    CHECK(half.steps[0].label == "PRESS");
    const plan::Plan twice = plan_of(text, {.scale = 2, .ready = seconds(0)});
    CHECK(twice.total == seconds(20 + 60 + 8));
    CHECK(twice.kept_at_minimum == 0);
  }
  SUBCASE("waiting steps use their own time, or the fallback")
  {
    const plan::Plan plan = plan_of("title T\nexercise E\nmanual Do it.\nmanual 20s Again.\nquestion Ok?\nyes Y\nno N\n",
                                    {.wait_fallback = seconds(12)});
    CHECK(rows(plan) == std::vector<std::string>{"0:00 DO THIS - 1/1 0:12", "0:12 DO THIS - 1/1 0:20",
                                                 "0:32 QUESTION - 1/1 0:12"});
    CHECK(plan.steps[0].waits());
    CHECK(plan.steps[2].no.advice == "N");
  }
}

TEST_CASE("build_plan: first steps run once a side, before the reps")
{
  const plan::Plan plan = plan_of("title T\nexercise Calf\nsides left right\nreps 2\nsetup Lean.\n"
                                  "first stretch 20s Into the stretch.\ncontract 10s Press.\n");
  CHECK(rows(plan) == std::vector<std::string>{
                        "0:00 GET READY left 0/2 0:05", "0:05 STRETCH left 0/2 0:20", "0:25 CONTRACT left 1/2 0:10",
                        "0:35 CONTRACT left 2/2 0:10", "0:45 SWITCH SIDES right 0/2 0:05 new-side", "0:50 STRETCH right 0/2 0:20",
                        "1:10 CONTRACT right 1/2 0:10", "1:20 CONTRACT right 2/2 0:10"});
  CHECK(plan.steps[1].new_side == false);
  CHECK(plan.steps[2].rep_start);
  CHECK(plan.steps[5].side_index == 1);
  SUBCASE("a manual first step needs no lead-in: it waits anyway")
  {
    const plan::Plan manual = plan_of("title T\nexercise Toe\nsides left right\nfirst manual 20s Shoe off.\n"
                                      "contract 20s Curl.\n");
    CHECK(rows(manual) == std::vector<std::string>{"0:00 DO THIS left 0/1 0:20", "0:20 CONTRACT left 1/1 0:20",
                                                   "0:40 DO THIS right 0/1 0:20 new-side", "1:00 CONTRACT right 1/1 0:20"});
    CHECK(manual.steps[2].new_side);
  }
}

TEST_CASE("build_plan carries the routine's tips and episode")
{
  const plan::Plan plan = plan_of("title T\nepisode numbness\ntip Lace loosely.\nexercise E\nrest 5s\n");
  CHECK(plan.about.episode == "numbness");
  CHECK(plan.about.tips == std::vector<std::string>{"Lace loosely."});
}

TEST_CASE("build_plan: options the routine cannot take, each a problem of its kind")
{
  using Kind = plan::PlanProblem::Kind;
  const routine::Routine calf = routine_of(k_calf);
  const auto kind_of = [](const routine::Routine& r, const plan::PlanOptions& options) {
    const auto plan = plan::build_plan(r, options);
    REQUIRE_FALSE(plan);
    return plan.failure().kind;
  };
  CHECK(plan::build_plan(calf, {}));
  CHECK(kind_of(calf, {.reps = 0}) == Kind::reps);
  CHECK(kind_of(calf, {.reps = 101}) == Kind::reps);
  CHECK(kind_of(calf, {.scale = -1}) == Kind::scale);
  CHECK(kind_of(calf, {.scale = 0}) == Kind::scale);
  CHECK(kind_of(calf, {.ready = std::chrono::minutes(11)}) == Kind::ready);
  CHECK(kind_of(routine_of("title T\nexercise E\nrest 5s\n"), {.side = "left"}) == Kind::no_sides);
  const auto unknown = plan::build_plan(calf, {.side = "up"});
  REQUIRE_FALSE(unknown);
  CHECK(unknown.failure().kind == Kind::unknown_side);
  CHECK(unknown.failure().routine == "t");
  CHECK(unknown.failure().side == "up");
  CHECK(unknown.failure().sides == std::vector<std::string>{"left", "right"});
}

TEST_CASE("side_labels")
{
  CHECK(plan::side_labels(routine_of("title T\nexercise A\nsides left right\nrest 5s\nexercise B\nsides Right up\nrest 5s\n"))
        == std::vector<std::string>{"left", "right", "up"});
}

TEST_CASE("build_plan refuses plans that are too large")
{
  std::string text = "title T\n";
  for (int e = 0; e < 30; ++e) {
    text += "exercise E" + std::to_string(e) + "\nsides a b c d e f g h\nreps 100\nrest 1s\nrest 1s\n";
  }
  const auto plan = plan::build_plan(routine_of(text), {});
  REQUIRE_FALSE(plan);
  CHECK(plan.failure().kind == plan::PlanProblem::Kind::too_many_steps);
  CHECK(plan.failure().routine == "t");
}

TEST_SUITE_END();
