#include "routine/routine.h"

#include <doctest/doctest.h>

using namespace stretch::routine;

TEST_SUITE_BEGIN("routine/routine");

TEST_CASE("has_timed_steps")
{
  Exercise exercise;
  exercise.steps.push_back(Step{StepKind::manual, {}, "Loosen the laces", {}, {}, 1});
  CHECK_FALSE(has_timed_steps(exercise));
  exercise.steps.push_back(Step{StepKind::rest, std::chrono::seconds(5), "", {}, {}, 2});
  CHECK(has_timed_steps(exercise));
}

TEST_SUITE_END();
