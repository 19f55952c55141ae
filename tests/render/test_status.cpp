#include "render/status.h"

#include "support/plans.h"
#include "util/utf8.h"

#include <doctest/doctest.h>

using namespace stretch;
using routine::StepKind;
using std::chrono::milliseconds;
using std::chrono::seconds;

namespace {

render::StatusView view_of(const plan::PlanStep& step)
{
  render::StatusView view;
  view.step = &step;
  view.index = 3;
  view.count = 14;
  view.remaining = milliseconds(6200);
  view.total_left = seconds(155);
  view.keys = true;
  return view;
}

const render::Palette k_plain = render::Palette::plain();
const render::Palette k_colored = render::Palette::colored();

} // namespace

TEST_SUITE_BEGIN("render/status");

TEST_CASE("shown_time_left rounds up")
{
  CHECK(render::shown_time_left(milliseconds(6200)) == "0:07");
  CHECK(render::shown_time_left(milliseconds(6000)) == "0:06");
  CHECK(render::shown_time_left(milliseconds(1)) == "0:01");
  CHECK(render::shown_time_left(milliseconds(0)) == "0:00");
}

TEST_CASE("status_lines without color")
{
  const plan::PlanStep step = test::sample_hold();
  const auto lines = render::status_lines(view_of(step), {&k_plain, 50, false, false});
  CHECK(lines == std::vector<std::string>{
                   "Calf  LEFT  rep 2/3",
                   "CONTRACT  0:07  ############---------------------",
                   "Push the ball of the foot down hard, as if",
                   "flooring the gas pedal.",
                   "step 4/14 · 2:35 left · ? keys",
                 });
}

TEST_CASE("status_lines with color")
{
  const plan::PlanStep step = test::sample_hold();
  const auto lines = render::status_lines(view_of(step), {&k_colored, 50, false, false});
  REQUIRE(lines.size() == 5);
  CHECK(lines[0] == "\x1b[1mCalf\x1b[0m  LEFT  rep 2/3");
  CHECK(lines[1] == "\x1b[1m\x1b[91mCONTRACT\x1b[0m  \x1b[1m0:07\x1b[0m  \x1b[32m############\x1b[0m\x1b[2m---------------------\x1b[0m");
  CHECK(lines[4] == "\x1b[2mstep 4/14 · 2:35 left · ? keys\x1b[0m");
}

TEST_CASE("status_lines fit narrow terminals")
{
  const plan::PlanStep step = test::sample_hold();
  for (const std::size_t width : {40u, 30u, 12u}) {
    CAPTURE(width);
    for (const std::string& line : render::status_lines(view_of(step), {&k_plain, width, true, true})) {
      CHECK(util::display_width(line) < width);
    }
  }
}

TEST_CASE("status_lines states")
{
  plan::PlanStep step = test::sample_hold();
  render::StatusView view = view_of(step);
  SUBCASE("paused")
  {
    view.paused = true;
    const auto lines = render::status_lines(view, {&k_plain, 60, false, false});
    CHECK(lines[1].find("PAUSED  0:07") == 0);
    CHECK(lines.back() == "step 4/14 · 2:35 left · space resume");
  }
  SUBCASE("the keys")
  {
    view.show_keys = true;
    CHECK(render::status_lines(view, {&k_plain, 60, false, false}).back() == render::key_help());
  }
  SUBCASE("no keys: no hint")
  {
    view.keys = false;
    CHECK(render::status_lines(view, {&k_plain, 60, false, false}).back() == "step 4/14 · 2:35 left");
  }
  SUBCASE("a manual step waiting for Enter")
  {
    step.kind = StepKind::manual;
    step.text = "Loosen the laces.";
    view.waiting = true;
    const auto lines = render::status_lines(view, {&k_plain, 60, false, false});
    CHECK(lines[1] == "DO THIS  Enter when done");
    CHECK(lines[2] == "Loosen the laces.");
  }
  SUBCASE("a question nobody can answer shows both answers")
  {
    step.kind = StepKind::question;
    step.text = "Has the numbness gone?";
    step.yes = {"Carry on.", false};
    step.no = {"Call it a day.", true};
    const auto lines = render::status_lines(view, {&k_plain, 60, false, false});
    CHECK(lines[2] == "Has the numbness gone?");
    CHECK(lines[3] == "yes: Carry on.");
    CHECK(lines[4] == "no: Call it a day.");
  }
  SUBCASE("big digits")
  {
    const auto lines = render::status_lines(view, {&k_plain, 60, true, false});
    CHECK(lines.size() == 5 + 5);
    CHECK(lines[2].find("####") == 0);
  }
}

TEST_CASE("status_lines clean routine text")
{
  plan::PlanStep step = test::sample_hold();
  step.exercise = "Evil\x1b]52;c;aGk=\x07";
  step.text = "\x1b[2J\x1b[HHi\xC2\x9B";
  for (const std::string& line : render::status_lines(view_of(step), {&k_plain, 80, false, true})) {
    CHECK(line.find('\x1b') == std::string::npos);
    CHECK(line.find('\x07') == std::string::npos);
    CHECK(line.find("\xC2\x9B") == std::string::npos);
  }
}

TEST_SUITE_END();
