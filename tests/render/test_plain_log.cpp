// SPDX-License-Identifier: MIT
#include "render/plain_log.h"

#include "support/plans.h"

#include <doctest/doctest.h>

using namespace stretch;
using routine::StepKind;
using std::chrono::seconds;

TEST_SUITE_BEGIN("render/plain_log");

TEST_CASE("format_elapsed")
{
  CHECK(render::format_elapsed(seconds(15)) == "00:15");
  CHECK(render::format_elapsed(seconds(754)) == "12:34");
  CHECK(render::format_elapsed(seconds(3723)) == "1:02:03");
}

TEST_CASE("plain_step_line")
{
  CHECK(render::plain_step_line(test::sample_hold(), seconds(15), true)
        == "00:15 Calf LEFT rep 2/3 CONTRACT 0:10 Push the ball of the foot down hard, as if flooring the gas pedal.\n");
  plan::PlanStep manual;
  manual.kind = StepKind::manual;
  manual.duration = seconds(30);
  manual.exercise = "Laces";
  manual.rep = 1;
  manual.reps = 1;
  manual.text = "Loosen them.";
  CHECK(render::plain_step_line(manual, seconds(0), true) == "00:00 Laces DO THIS (Enter when done) Loosen them.\n");
  CHECK(render::plain_step_line(manual, seconds(0), false) == "00:00 Laces DO THIS (goes on after 0:30) Loosen them.\n");
  plan::PlanStep evil = test::sample_hold();
  evil.text = "\x1b[31mred";
  CHECK(render::plain_step_line(evil, seconds(0), true).find('\x1b') == std::string::npos);
}

TEST_CASE("plain_event_line and plain_answer_line")
{
  CHECK(render::plain_event_line("paused", seconds(40)) == "00:40 paused\n");
  plan::PlanStep question;
  question.kind = StepKind::question;
  question.yes = {"Good.", false};
  question.no = {"Call it a day.", true};
  CHECK(render::plain_answer_line(question, false, seconds(70)) == "01:10 answer no: Call it a day.\n");
}

TEST_SUITE_END();
