// SPDX-License-Identifier: MIT
#include "render/status.h"

#include "support/plans.h"
#include "support/scan.h"
#include "util/utf8.h"

#include <algorithm>
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
  view.key_help = "space/p pause · s/Tab/→ next · b/← again · q/Esc quit";
  return view;
}

const render::Palette k_plain = render::Palette::plain();
const render::Palette k_colored = render::Palette::colored();

} // namespace

TEST_SUITE_BEGIN("render/status");

TEST_CASE("shown_time_left rounds up, at full precision")
{
  CHECK(render::shown_time_left(milliseconds(6200)) == "0:07");
  CHECK(render::shown_time_left(milliseconds(6000)) == "0:06");
  CHECK(render::shown_time_left(std::chrono::nanoseconds(6'000'000'001)) == "0:07");
  CHECK(render::shown_time_left(milliseconds(1)) == "0:01");
  CHECK(render::shown_time_left(milliseconds(0)) == "0:00");
  CHECK(render::shown_time_left(milliseconds(-5)) == "0:00");
}

TEST_CASE("status_lines without color")
{
  const plan::PlanStep step = test::sample_hold();
  const auto lines = render::status_lines(view_of(step), {&k_plain, 50, 24, false, false});
  CHECK(lines == std::vector<std::string>{
                   "Calf  LEFT  rep 2/3",
                   "CONTRACT  0:07  ############---------------------",
                   "Push the ball of the foot down hard, as if",
                   "flooring the gas pedal.",
                   "step 4/14 - 2:35 left - ? keys",
                 });
}

TEST_CASE("status_lines with color: the kind's color for the phase, a badge of its own for the side")
{
  plan::PlanStep step = test::sample_hold();
  auto lines = render::status_lines(view_of(step), {&k_colored, 50, 24, false, true});
  REQUIRE(lines.size() == 5);
  CHECK(lines[0] == "\x1b[1mCalf\x1b[0m  \x1b[30m\x1b[42mLEFT\x1b[0m  rep 2/3");
  CHECK(lines[1] == "\x1b[1m\x1b[91mCONTRACT\x1b[0m  \x1b[1m0:07\x1b[0m  \x1b[32m████████████\x1b[0m\x1b[2m░░░░░░░░░░░░░░░░░░░░░\x1b[0m");
  CHECK(lines[4] == "\x1b[2mstep 4/14 · 2:35 left · ? keys\x1b[0m");
  step.side = "right";
  step.side_index = 1;
  lines = render::status_lines(view_of(step), {&k_colored, 50, 24, false, true});
  CHECK(lines[0] == "\x1b[1mCalf\x1b[0m  \x1b[30m\x1b[43mRIGHT\x1b[0m  rep 2/3");
}

TEST_CASE("status_lines: a step's label is its phase word")
{
  plan::PlanStep step = test::sample_hold();
  step.label = "PRESS · calf";
  CHECK(render::status_lines(view_of(step), {&k_plain, 50, 24, false, true})[1].find("PRESS · calf  0:07  ") == 0);
  CHECK(render::status_lines(view_of(step), {&k_plain, 50, 24, false, false})[1].find("PRESS - calf  0:07  ") == 0);
}

TEST_CASE("status_lines fit narrow terminals")
{
  const plan::PlanStep step = test::sample_hold();
  for (const std::size_t width : {40u, 30u, 12u, 8u}) {
    CAPTURE(width);
    const auto lines = render::status_lines(view_of(step), {&k_plain, width, 24, true, true});
    for (const std::string& line : lines) {
      CHECK(util::display_width(line) < width);
    }
    CHECK(lines[1].find("0:07") != std::string::npos); // the seconds always show
  }
}

TEST_CASE("status_lines fit short terminals: the side, the phase and the seconds stay")
{
  plan::PlanStep step = test::sample_hold();
  step.text = "A long instruction that wraps over several lines at forty columns, so that something has to give "
              "when the terminal has only a few rows to spare for it.";
  const auto fit = [&](std::size_t rows, bool big) { return render::status_lines(view_of(step), {&k_plain, 40, rows, big, true}); };
  SUBCASE("80x24: everything, the whole instruction")
  {
    const auto lines = fit(24, false);
    CHECK(lines.size() == 2 + 4 + 1);
    CHECK(lines[5].ends_with("for it."));
  }
  SUBCASE("5 rows: the progress line, then the end of the cue, give way")
  {
    const auto lines = fit(5, false);
    CHECK(lines.size() == 5);
    CHECK(lines[0] == "Calf  LEFT  rep 2/3");
    CHECK(lines[1].find("CONTRACT  0:07") == 0);
    CHECK(lines[4].ends_with("…"));
  }
  SUBCASE("8 rows with large digits and a long cue: small digits, never a cut cue")
  {
    const auto lines = fit(8, true);
    REQUIRE(lines.size() == 7);
    CHECK(lines[0] == "Calf  LEFT  rep 2/3");
    CHECK(std::none_of(lines.begin(), lines.end(), [](const std::string& l) { return l.starts_with("████"); }));
    CHECK(lines[5].ends_with("for it."));
  }
  SUBCASE("8 rows with large digits and a short cue: header, phase, digits and the cue")
  {
    step.text = "Press the pedal down.";
    const auto lines = fit(8, true);
    REQUIRE(lines.size() == 8);
    CHECK(lines[2].find("████") == 0);
    CHECK(lines[7] == "Press the pedal down.");
  }
  SUBCASE("large digits that do not fit are left out whole")
  {
    const auto lines = fit(5, true);
    CHECK(lines.size() == 5);
    CHECK(std::none_of(lines.begin(), lines.end(), [](const std::string& l) { return l.starts_with("████"); }));
  }
  SUBCASE("2 rows: the side and the phase")
  {
    const auto lines = fit(2, true);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] == "Calf  LEFT  rep 2/3");
    CHECK(lines[1].find("CONTRACT  0:07  ") == 0);
  }
  SUBCASE("1 row: side, phase and seconds on one line")
  {
    const auto lines = fit(1, false);
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].find("LEFT  CONTRACT  0:07") == 0);
  }
  SUBCASE("the keys, when asked for, come before the rest of the cue")
  {
    render::StatusView view = view_of(step);
    view.show_keys = true;
    const auto lines = render::status_lines(view, {&k_plain, 60, 4, false, true});
    REQUIRE(lines.size() == 4);
    CHECK(lines.back() == "space/p pause · s/Tab/→ next · b/← again · q/Esc quit");
  }
  SUBCASE("at 40x10 the keys wrap: every one of them shows")
  {
    render::StatusView view = view_of(step);
    view.show_keys = true;
    const auto lines = render::status_lines(view, {&k_plain, 40, 10, false, true});
    CHECK(lines.size() <= 10);
    std::string all;
    for (const std::string& line : lines) {
      CHECK(util::display_width(line) < 40);
      all += line + "\n";
    }
    CHECK(all.find("space/p pause · s/Tab/→ next\nb/← again · q/Esc quit\n") != std::string::npos);
  }
  SUBCASE("an answer's advice stays at 5 rows, before the cue")
  {
    render::StatusView view = view_of(step);
    view.notice = "No: Then work the calf and the big toe next, and check again at the end.";
    const auto lines = render::status_lines(view, {&k_plain, 40, 5, true, true});
    REQUIRE(lines.size() == 5);
    CHECK(lines[0] == "No: Then work the calf and the big toe");
    CHECK(lines[1] == "next, and check again at the end.");
    CHECK(lines[2] == "Calf  LEFT  rep 2/3");
    CHECK(lines[3].find("CONTRACT  0:07") == 0);
  }
}

TEST_CASE("status_lines states")
{
  plan::PlanStep step = test::sample_hold();
  render::StatusView view = view_of(step);
  SUBCASE("paused")
  {
    view.paused = true;
    const auto lines = render::status_lines(view, {&k_plain, 60, 24, false, true});
    CHECK(lines[1].find("PAUSED  0:07") == 0);
    CHECK(lines.back() == "step 4/14 · 2:35 left · space resume");
  }
  SUBCASE("the keys")
  {
    view.show_keys = true;
    CHECK(render::status_lines(view, {&k_plain, 60, 24, false, true}).back() == view.key_help);
  }
  SUBCASE("a lead-in that waits for the voice says so")
  {
    step.kind = StepKind::ready;
    view.held = true;
    view.remaining = milliseconds(0);
    CHECK(render::status_lines(view, {&k_plain, 60, 24, false, true})[1] == "GET READY  0:00  waiting for the voice");
  }
  SUBCASE("an answer given: what, and the seconds until it counts")
  {
    step.kind = StepKind::question;
    step.text = "Has the numbness gone?";
    view.waiting = true;
    view.proposed = false;
    view.remaining = milliseconds(1500);
    view.prompt = "Enter ok · Backspace take back";
    CHECK(render::status_lines(view, {&k_plain, 60, 24, false, true})[1] == "NO  0:02  Enter ok · Backspace take back");
    CHECK(render::status_lines(view, {&k_plain, 20, 24, false, true})[1] == "NO  0:02");
  }
  SUBCASE("no keys: no hint")
  {
    view.keys = false;
    CHECK(render::status_lines(view, {&k_plain, 60, 24, false, true}).back() == "step 4/14 · 2:35 left");
  }
  SUBCASE("a manual step waiting for Enter")
  {
    step.kind = StepKind::manual;
    step.text = "Loosen the laces.";
    view.waiting = true;
    view.prompt = "Enter when done";
    const auto lines = render::status_lines(view, {&k_plain, 60, 24, false, true});
    CHECK(lines[1] == "DO THIS  Enter when done");
    CHECK(lines[2] == "Loosen the laces.");
  }
  SUBCASE("a question nobody can answer shows both answers, wrapped")
  {
    step.kind = StepKind::question;
    step.text = "Has the numbness gone?";
    step.yes = {"Carry on.", false};
    step.no = {"Call it a day and walk home; numbness that keeps coming back needs a look.", true};
    const auto lines = render::status_lines(view, {&k_plain, 40, 24, false, true});
    CHECK(lines[2] == "Has the numbness gone?");
    CHECK(lines[3] == "yes: Carry on.");
    CHECK(lines[4] == "no: Call it a day and walk home;");
    CHECK(lines[5] == "numbness that keeps coming back needs a");
    CHECK(lines[6] == "look.");
  }
  SUBCASE("big digits")
  {
    const auto lines = render::status_lines(view, {&k_plain, 60, 24, true, false});
    CHECK(lines.size() == 5 + 5);
    CHECK(lines[2].find("####") == 0);
  }
}

TEST_CASE("status_lines clean routine text")
{
  plan::PlanStep step = test::sample_hold();
  step.exercise = "Evil\x1b]52;c;aGk=\x07";
  step.text = "\x1b[2J\x1b[HHi\xC2\x9B";
  step.label = "\x1b[5mX";
  for (const std::string& line : render::status_lines(view_of(step), {&k_colored, 80, 24, false, true})) {
    CHECK(test::strip_sgr(line).find('\x1b') == std::string::npos);
    CHECK(line.find('\x07') == std::string::npos);
    CHECK(line.find("\xC2\x9B") == std::string::npos);
  }
}

TEST_CASE("status_lines while a stop waits, with a hint and a device's notice")
{
  const plan::PlanStep step = test::sample_hold();
  render::StatusView view = view_of(step);
  view.stopping = true;
  view.paused = true;
  view.remaining = milliseconds(4200);
  view.prompt = "r go on · q stop now";
  view.hint = "Hold on: read the question, then press y again.";
  view.device_notice = "aplay failed (exit status 1): ringing the terminal bell instead";
  const auto lines = render::status_lines(view, {&k_plain, 80, 24, true, true});
  CHECK(lines == std::vector<std::string>{
                   "Calf  LEFT  rep 2/3",
                   "STOPPING  0:05  r go on · q stop now",
                   "Hold on: read the question, then press y again.",
                   "aplay failed (exit status 1): ringing the terminal bell instead",
                   "Push the ball of the foot down hard, as if flooring the gas pedal.",
                   "step 4/14 · 2:35 left",
                 });
}

TEST_CASE("status_lines in 5 rows: two devices' notices never push the cue out, and a cut notice says so")
{
  const plan::PlanStep step = test::sample_hold();
  render::StatusView view = view_of(step);
  view.device_notice = "aplay failed (exit status 1): ringing the terminal bell instead\n"
                       "espeak-ng failed (it ended at once, without a sound): going on without the voice";
  const auto lines = render::status_lines(view, {&k_plain, 80, 5, false, true});
  CHECK(lines == std::vector<std::string>{
                   "Calf  LEFT  rep 2/3",
                   "CONTRACT  0:07  ███████████████░░░░░░░░░░░░░░░░░░░░░░░░░",
                   "aplay failed (exit status 1): ringing the terminal bell instead",
                   "espeak-ng failed (it ended at once, without a sound): going on without the …",
                   "Push the ball of the foot down hard, as if flooring the gas pedal.",
                 });
}

TEST_CASE("status_lines at every size from 1x1: no failure, valid UTF-8, every line within the width")
{
  const plan::PlanStep hold = test::sample_hold();
  for (std::size_t width = 0; width <= 90; ++width) {
    for (std::size_t rows = 0; rows <= 12; ++rows) {
      for (int variant = 0; variant < 4; ++variant) {
        render::StatusView view = view_of(hold);
        view.notice = variant == 1 ? "Yes: Good. Walk a minute, then ease back into your run." : "";
        view.hint = variant == 2 ? "Hold on: keys came fast. Let go a second, then press y again." : "";
        view.device_notice = variant == 2 ? "espeak-ng did not finish in time: going on without the voice" : "";
        view.stopping = variant == 3;
        view.show_keys = variant == 3;
        for (const bool unicode : {true, false}) {
          CAPTURE(width);
          CAPTURE(rows);
          const auto lines = render::status_lines(view, {&k_colored, width, rows, variant % 2 == 0, unicode});
          REQUIRE_FALSE(lines.empty());
          CHECK(lines.size() <= std::max<std::size_t>(rows, 1));
          for (const std::string& line : lines) {
            CHECK(test::is_valid_utf8(line));
            CHECK(util::display_width(test::strip_sgr(line)) <= std::max<std::size_t>(width, 2) - 1);
          }
        }
      }
    }
  }
}

TEST_SUITE_END();
