// SPDX-License-Identifier: MIT
#include "render/plan_table.h"

#include <doctest/doctest.h>

using namespace stretch;
using routine::StepKind;
using std::chrono::seconds;

namespace {

plan::Plan sample_plan()
{
  plan::Plan plan;
  plan.about.title = "Sample";
  plan.about.description = "Two steps.";
  plan::PlanStep hold;
  hold.kind = StepKind::contract;
  hold.duration = seconds(10);
  hold.exercise = "Calf";
  hold.side = "left";
  hold.rep = 1;
  hold.reps = 3;
  hold.text = "Press.";
  plan::PlanStep question;
  question.kind = StepKind::question;
  question.start = seconds(10);
  question.duration = seconds(30);
  question.exercise = "Check in";
  question.text = "Gone?";
  question.yes = {"Carry on.", false};
  question.no = {"Call it a day.", true};
  plan.steps = {hold, question};
  plan.total = seconds(40);
  return plan;
}

} // namespace

TEST_SUITE_BEGIN("render/plan_table");

TEST_CASE("format_plan_table without color")
{
  CHECK(render::format_plan_table(sample_plan(), render::Palette::plain())
        == "Sample\n"
           "Two steps.\n"
           "Steps marked * wait for you; when nobody can answer, they go on after that time.\n"
           "\n"
           "START  EXERCISE  SIDE  REP  KIND      TIME   CUE\n"
           " 0:00  Calf      left  1/3  CONTRACT  0:10   Press.\n"
           " 0:10  Check in             QUESTION  0:30*  Gone?\n"
           "                                             yes: Carry on.\n"
           "                                             no: Call it a day. (ends the routine)\n"
           "total 0:40\n");
}

TEST_CASE("format_plan_table with color")
{
  const std::string out = render::format_plan_table(sample_plan(), render::Palette::colored());
  CHECK(out.find("\x1b[1m\x1b[91mCONTRACT\x1b[0m") != std::string::npos);
  CHECK(out.find("\x1b[1mSample\x1b[0m\n") == 0);
}

TEST_CASE("format_plan_table makes routine text safe")
{
  plan::Plan plan = sample_plan();
  plan.about.title = "Evil\x1b]0;owned\x07";
  plan.steps[0].text = "\x1b[2J\x1b[H";
  plan.steps[0].exercise = "a\xC2\x9B" "b";
  const std::string out = render::format_plan_table(plan, render::Palette::plain());
  CHECK(out.find('\x1b') == std::string::npos);
  CHECK(out.find('\x07') == std::string::npos);
  CHECK(out.find("\xC2\x9B") == std::string::npos);
  CHECK(out.find("Evil^[]0;owned^G") == 0);
}

TEST_SUITE_END();
