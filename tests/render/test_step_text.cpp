// SPDX-License-Identifier: MIT
#include "render/step_text.h"

#include <doctest/doctest.h>

using namespace stretch;
using routine::StepKind;

TEST_SUITE_BEGIN("render/step_text");

TEST_CASE("step_cue")
{
  plan::PlanStep step;
  step.exercise = "Calf";
  step.side = "right";
  step.kind = StepKind::contract;
  step.text = "Press.";
  CHECK(render::step_cue(step) == "Press.");
  step.kind = StepKind::ready;
  step.text = "";
  CHECK(render::step_cue(step) == "Get into position for Calf.");
  step.text = "Lean in.";
  CHECK(render::step_cue(step) == "Lean in.");
  step.kind = StepKind::switch_sides;
  CHECK(render::step_cue(step) == "Now the right side. Lean in.");
  step.text = "";
  CHECK(render::step_cue(step) == "Now the right side.");
}

TEST_CASE("side_upper and rep_text")
{
  plan::PlanStep step;
  step.side = "left";
  step.rep = 2;
  step.reps = 3;
  CHECK(render::side_upper(step) == "LEFT");
  CHECK(render::rep_text(step) == "2/3");
  step.reps = 1;
  CHECK(render::rep_text(step).empty());
  step.reps = 3;
  step.rep = 0;
  CHECK(render::rep_text(step).empty());
}

TEST_SUITE_END();
