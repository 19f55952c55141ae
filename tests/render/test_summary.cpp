// SPDX-License-Identifier: MIT
#include "render/summary.h"

#include "support/scan.h"

#include <doctest/doctest.h>

using namespace stretch;
using std::chrono::seconds;

TEST_SUITE_BEGIN("render/summary");

TEST_CASE("format_summary")
{
  plan::Plan plan;
  plan.about.title = "Calf";
  session::Summary summary;
  summary.holds_planned = 12;
  summary.holds_done = 12;
  summary.elapsed = seconds(190);
  const render::Palette plain = render::Palette::plain();
  const render::Palette colored = render::Palette::colored();
  CHECK(render::format_summary(plan, summary, {&plain})
        == "Done: Calf\n12 of 12 holds done, 0 skipped, in 3:10.\n");
  summary.outcome = session::Outcome::stopped;
  summary.holds_done = 4;
  summary.holds_skipped = 1;
  summary.paused = seconds(20);
  CHECK(render::format_summary(plan, summary, {&plain})
        == "Stopped early: Calf\n4 of 12 holds done, 1 skipped, in 2:50 (paused 0:20).\n");
  summary.outcome = session::Outcome::interrupted;
  CHECK(render::format_summary(plan, summary, {&colored}).find("\x1b[1m\x1b[33mInterrupted\x1b[0m: Calf") == 0);
}

TEST_CASE("format_summary wraps at words to the width, with the routine's tips")
{
  const render::Palette plain = render::Palette::plain();
  plan::Plan plan;
  plan.about.title = "Mid-run: numb feet, with a title long enough to wrap";
  plan.about.tips = {"For your next runs: lace every other eyelet… and never tie them hard."};
  session::Summary summary;
  summary.holds_planned = 28;
  summary.holds_done = 28;
  summary.elapsed = seconds(600);
  CHECK(render::format_summary(plan, summary, {&plain, 30, false})
        == "Done: Mid-run: numb feet,\n"
           "with a title long enough to\n"
           "wrap\n"
           "28 of 28 holds done, 0\n"
           "skipped, in 10:00.\n"
           "Tip: For your next runs: lace\n"
           "every other eyelet... and\n"
           "never tie them hard.\n");
}

TEST_CASE("format_summary at every width from 1: no failure, valid UTF-8, the head colored where it fits")
{
  const render::Palette colored = render::Palette::colored();
  plan::Plan plan;
  plan.about.title = "Quick hold";
  plan.about.tips = {"A tip… with an ellipsis."};
  session::Summary summary;
  summary.holds_planned = 1;
  summary.holds_done = 1;
  summary.elapsed = seconds(1);
  for (std::size_t width = 1; width <= 60; ++width) {
    for (const bool unicode : {true, false}) {
      CAPTURE(width);
      const std::string out = render::format_summary(plan, summary, {&colored, width, unicode});
      CHECK(test::is_valid_utf8(out));
      CHECK(out.ends_with("\n"));
    }
  }
  CHECK(render::format_summary(plan, summary, {&colored, 80, true}).starts_with("\x1b[1m\x1b[32mDone\x1b[0m: Quick"));
}

TEST_SUITE_END();
