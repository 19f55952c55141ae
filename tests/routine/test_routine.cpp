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
  const Step manual_only[] = {step(StepKind::manual, Duration{0})};
  const Step stretch_first[] = {step(StepKind::stretch, std::chrono::seconds(20))};
  const Step manual_then_rest[] = {step(StepKind::manual, Duration{0}), step(StepKind::rest, std::chrono::seconds(5))};
  Exercise exercise;
  exercise.steps = manual_only;
  CHECK_FALSE(has_timed_steps(exercise));
  exercise.first_steps = stretch_first;
  CHECK_FALSE(has_timed_steps(exercise)); // `--reps` changes the reps, which first steps are not
  exercise.steps = manual_then_rest;
  CHECK(has_timed_steps(exercise));
}

TEST_SUITE_END();
