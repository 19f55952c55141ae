#include "cue/utterance.h"

#include <doctest/doctest.h>

using namespace stretch;
using routine::StepKind;
using std::chrono::seconds;

TEST_SUITE_BEGIN("cue/utterance");

TEST_CASE("spoken_duration")
{
  CHECK(cue::spoken_duration(seconds(10)) == "10 seconds");
  CHECK(cue::spoken_duration(seconds(1)) == "1 second");
  CHECK(cue::spoken_duration(seconds(60)) == "1 minute");
  CHECK(cue::spoken_duration(seconds(90)) == "1 minute 30 seconds");
  CHECK(cue::spoken_duration(std::chrono::milliseconds(2500)) == "3 seconds");
}

TEST_CASE("utterance")
{
  plan::PlanStep step;
  step.kind = StepKind::contract;
  step.duration = seconds(10);
  step.exercise = "Calf";
  step.side = "left";
  step.text = "Press the gas pedal";
  CHECK(cue::utterance(step, true) == "Left side. Contract. Press the gas pedal. 10 seconds.");
  step.side.clear();
  step.kind = StepKind::rest;
  step.text.clear();
  CHECK(cue::utterance(step, true) == "Rest. 10 seconds.");
  step.kind = StepKind::ready;
  step.text = "Lean on the wall";
  CHECK(cue::utterance(step, true) == "Get ready. Calf. Lean on the wall.");
  step.kind = StepKind::switch_sides;
  step.side = "right";
  step.text = "";
  CHECK(cue::utterance(step, true) == "Switch sides. Right side. ");
  step.kind = StepKind::question;
  step.text = "Has the numbness gone?";
  step.yes = {"Carry on", false};
  step.no = {"Call it a day.", true};
  CHECK(cue::utterance(step, true) == "Has the numbness gone?");
  CHECK(cue::utterance(step, false) == "Has the numbness gone? If yes: Carry on. If no: Call it a day.");
}

TEST_SUITE_END();
