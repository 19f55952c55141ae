// SPDX-License-Identifier: MIT
#include "render/plan_table.h"

#include "support/plans.h"

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

namespace {

// The table, as a sink gathers it.
std::string table_of(const plan::Plan& plan, const render::Palette& palette)
{
  util::StringSink sink;
  render::write_plan_table(plan, palette, true, sink);
  return sink.text();
}

} // namespace

TEST_SUITE_BEGIN("render/plan_table");

TEST_CASE("write_plan_table without color")
{
  CHECK(table_of(sample_plan(), render::Palette::plain())
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

TEST_CASE("write_plan_table with color")
{
  const std::string out = table_of(sample_plan(), render::Palette::colored());
  CHECK(out.find("\x1b[1m\x1b[91mCONTRACT\x1b[0m") != std::string::npos);
  CHECK(out.find("\x1b[1mSample\x1b[0m\n") == 0);
}

TEST_CASE("write_plan_table makes routine text safe")
{
  plan::Plan plan = sample_plan();
  plan.about.title = "Evil\x1b]0;owned\x07";
  plan.steps[0].text = "\x1b[2J\x1b[H";
  plan.steps[0].exercise = "a\xC2\x9B" "b";
  const std::string out = table_of(plan, render::Palette::plain());
  CHECK(out.find('\x1b') == std::string::npos);
  CHECK(out.find('\x07') == std::string::npos);
  CHECK(out.find("\xC2\x9B") == std::string::npos);
  CHECK(out.find("Evil^[]0;owned^G") == 0);
}

TEST_CASE("write_plan_table: a long plan in pieces of whole lines, never as one text")
{
  std::string text = "title Long\nexercise E\n  sides a b c d e f g h\n  reps 100\n";
  for (int i = 0; i < 10; ++i) {
    text += "  rest 1s " + std::string(150, static_cast<char>('a' + i)) + "\n";
  }
  const plan::Plan plan = test::plan_from(text);
  // A sink that keeps the size of each piece.
  struct Pieces : util::Sink
  {
    std::vector<std::size_t> sizes;
    std::string all;
    void write(std::string_view piece) override
    {
      sizes.push_back(piece.size());
      all += piece;
    }
  } pieces;
  render::write_plan_table(plan, render::Palette::plain(), true, pieces);
  CHECK(pieces.sizes.size() > 10);
  for (const std::size_t size : pieces.sizes) {
    CHECK(size <= 70 * 1024);
  }
  CHECK(pieces.all == table_of(plan, render::Palette::plain()));
  CHECK(pieces.all.ends_with("total 2:13:20\n")); // 8 sides x 100 reps x 10 steps of 1 second
}

TEST_SUITE_END();
