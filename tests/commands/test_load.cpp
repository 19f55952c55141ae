// SPDX-License-Identifier: MIT
#include "commands/load.h"

#include "error.h"
#include "support/command_fixture.h"

#include <doctest/doctest.h>

using namespace stretch;

TEST_SUITE_BEGIN("commands/load");

TEST_CASE("load_or_throw")
{
  test::CommandFixture f;
  SUBCASE("a built-in with its includes")
  {
    const routine::Routine r = commands::load_or_throw(f.context(), "midrun").routine;
    CHECK(r.about.name == "midrun");
    CHECK(r.exercises.size() == 8);
    CHECK(r.about.episode == "numbness");
  }
  SUBCASE("errors go to err, then Error")
  {
    const auto path = f.add_routine("x", "title X\n");
    CHECK_THROWS_AS(commands::load_or_throw(f.context(), "x"), Error);
    CHECK(f.err.text() == path.string() + ":1: error: routine has no exercises; add `exercise NAME` followed by its steps\n");
  }
}

TEST_CASE("plan_or_throw")
{
  test::CommandFixture f;
  const commands::CheckedRoutine calf = commands::load_or_throw(f.context(), "calf");
  CHECK(commands::plan_or_throw(f.context(), calf, {}).steps.size() == 22);
  CHECK(f.err.text().empty());
  CHECK_THROWS_WITH_AS(commands::plan_or_throw(f.context(), calf, {.reps = 0}), "--reps must be from 1 to 100", UsageError);
  SUBCASE("a one-line note when --scale keeps steps at their minimum")
  {
    CHECK(commands::plan_or_throw(f.context(), calf, {.scale = 0.5}).total == std::chrono::seconds(225));
    CHECK(f.err.text() == "stretch: note: --scale 0.5: 12 steps keep the least they may last (the routine's minimum, or 1 second)\n");
  }
}

TEST_CASE("describe: a plan problem in the words of the command line")
{
  using Kind = plan::PlanProblem::Kind;
  CHECK(commands::describe({Kind::unknown_side, "calf", "up", {"left", "right"}})
        == "--side: routine `calf` has no side `up`; choose left, right or both");
  CHECK(commands::describe({Kind::no_sides, "t", "left", {}}) == "--side: routine `t` has no sides to choose from");
  CHECK(commands::describe({Kind::reps, "t", {}, {}}) == "--reps must be from 1 to 100");
  CHECK(commands::describe({Kind::scale, "t", {}, {}}) == "--scale must be more than 0 and at most 10");
  CHECK(commands::describe({Kind::ready, "t", {}, {}}) == "--ready must be from 0 to 10 minutes");
  CHECK(commands::describe({Kind::too_many_steps, "t", {}, {}}) == "routine `t` expands to more than 10000 steps");
}

TEST_SUITE_END();
