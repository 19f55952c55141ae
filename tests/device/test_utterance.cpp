// SPDX-License-Identifier: MIT
#include "device/utterance.h"

#include "support/language.h"

#include <doctest/doctest.h>

using namespace stretch;
using routine::StepKind;
using std::chrono::seconds;

TEST_SUITE_BEGIN("device/utterance");

TEST_CASE("spoken_duration")
{
  CHECK(device::spoken_duration(seconds(10)) == "10 seconds");
  CHECK(device::spoken_duration(seconds(1)) == "1 second");
  CHECK(device::spoken_duration(seconds(60)) == "1 minute");
  CHECK(device::spoken_duration(seconds(90)) == "1 minute 30 seconds");
  CHECK(device::spoken_duration(std::chrono::milliseconds(2500)) == "3 seconds");
}

TEST_CASE("utterance")
{
  plan::PlanStep step;
  step.kind = StepKind::contract;
  step.duration = seconds(10);
  step.exercise = "Calf";
  step.side = "left";
  step.rep = 1;
  step.reps = 3;
  step.text = "Press the gas pedal";
  SUBCASE("a hold: its kind, its cue, its time")
  {
    CHECK(device::utterance(step, true) == "Contract. Press the gas pedal. 10 seconds.");
  }
  SUBCASE("the first step of a rep says the rep")
  {
    step.rep = 2;
    step.rep_start = true;
    CHECK(device::utterance(step, true) == "Rep 2 of 3. Contract. Press the gas pedal. 10 seconds.");
    step.reps = 1;
    step.rep = 1;
    CHECK(device::utterance(step, true) == "Contract. Press the gas pedal. 10 seconds.");
  }
  SUBCASE("a label is said instead of the kind, its first word as a word")
  {
    step.label = "PRESS · calf";
    CHECK(device::utterance(step, true) == "Press · calf. Press the gas pedal. 10 seconds.");
  }
  SUBCASE("a new side without a lead-in says the side")
  {
    step.side = "right";
    step.new_side = true;
    step.rep_start = true;
    CHECK(device::utterance(step, true) == "Switch sides. Right side. Rep 1 of 3. Contract. Press the gas pedal. 10 seconds.");
  }
  SUBCASE("lead-ins say the side")
  {
    step.kind = StepKind::ready;
    step.text = "Lean on the wall";
    CHECK(device::utterance(step, true) == "Get ready. Calf. Left side. Lean on the wall.");
    step.kind = StepKind::switch_sides;
    step.side = "right";
    CHECK(device::utterance(step, true) == "Switch sides. Right side. Lean on the wall.");
    step.side = {};
    step.kind = StepKind::ready;
    CHECK(device::utterance(step, true) == "Get ready. Calf. Lean on the wall.");
  }
  SUBCASE("a rest without a cue")
  {
    step.side = {};
    step.kind = StepKind::rest;
    step.text = {};
    CHECK(device::utterance(step, true) == "Rest. 10 seconds.");
  }
  SUBCASE("questions: with both answers when nobody can answer")
  {
    step.kind = StepKind::question;
    step.text = "Has the numbness gone?";
    step.yes = {"Carry on", false};
    step.no = {"Call it a day.", true};
    CHECK(device::utterance(step, true) == "Has the numbness gone?");
    CHECK(device::utterance(step, false) == "Has the numbness gone? If yes: Carry on. If no: Call it a day.");
  }
}

TEST_CASE("utterance in the user's language")
{
  plan::PlanStep step;
  step.kind = StepKind::contract;
  step.duration = seconds(10);
  step.exercise = "Wade";
  step.side = "left";
  step.new_side = true;
  step.rep = 1;
  step.reps = 3;
  step.rep_start = true;
  step.label = "DRÜCKEN · Wade";
  step.text = "Drück den Fußballen nach unten";
  const test::InLanguage german("de");
  CHECK(device::utterance(step, true)
        == "Seite wechseln. Seite Links. Wiederholung 1 von 3. Drücken · Wade. Drück den Fußballen nach unten. 10 Sekunden.");
  CHECK(device::spoken_duration(seconds(61)) == "1 Minute 1 Sekunde");
}

TEST_SUITE_END();
