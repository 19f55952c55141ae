// SPDX-License-Identifier: MIT
#include "routine/routine.h"

#include <doctest/doctest.h>

using namespace stretch::routine;

TEST_SUITE_BEGIN("routine/routine");

TEST_CASE("has_timed_steps")
{
  const auto step = [](StepKind kind, Duration duration) {
    Step s;
    s.kind = kind;
    s.duration = duration;
    return s;
  };
  Exercise exercise;
  exercise.steps.push_back(step(StepKind::manual, Duration{0}));
  CHECK_FALSE(has_timed_steps(exercise));
  exercise.first_steps.push_back(step(StepKind::stretch, std::chrono::seconds(20)));
  CHECK_FALSE(has_timed_steps(exercise)); // `--reps` changes the reps, which first steps are not
  exercise.steps.push_back(step(StepKind::rest, std::chrono::seconds(5)));
  CHECK(has_timed_steps(exercise));
}

TEST_SUITE_END();
