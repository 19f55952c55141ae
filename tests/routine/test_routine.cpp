#include "routine/routine.h"

#include <doctest/doctest.h>

using namespace stretch::routine;

TEST_SUITE_BEGIN("routine/routine");

TEST_CASE("has_timed_steps")
{
  Exercise exercise;
  exercise.steps.push_back(Step{.kind = StepKind::manual, .cue = "Loosen the laces"});
  CHECK_FALSE(has_timed_steps(exercise));
  exercise.first_steps.push_back(Step{.kind = StepKind::stretch, .duration = std::chrono::seconds(20)});
  CHECK_FALSE(has_timed_steps(exercise)); // `--reps` changes the reps, which first steps are not
  exercise.steps.push_back(Step{.kind = StepKind::rest, .duration = std::chrono::seconds(5)});
  CHECK(has_timed_steps(exercise));
}

TEST_SUITE_END();
