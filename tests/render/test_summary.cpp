#include "render/summary.h"

#include <doctest/doctest.h>

using namespace stretch;
using std::chrono::seconds;

TEST_SUITE_BEGIN("render/summary");

TEST_CASE("format_summary")
{
  plan::Plan plan;
  plan.title = "Calf";
  session::Summary summary;
  summary.holds_planned = 12;
  summary.holds_done = 12;
  summary.elapsed = seconds(190);
  CHECK(render::format_summary(plan, summary, render::Palette::plain())
        == "Done: Calf\n12 of 12 holds done, 0 skipped, in 3:10.\n");
  summary.outcome = session::Outcome::stopped;
  summary.holds_done = 4;
  summary.holds_skipped = 1;
  summary.paused = seconds(20);
  CHECK(render::format_summary(plan, summary, render::Palette::plain())
        == "Stopped early: Calf\n4 of 12 holds done, 1 skipped, in 2:50 (paused 0:20).\n");
  summary.outcome = session::Outcome::interrupted;
  CHECK(render::format_summary(plan, summary, render::Palette::colored()).find("\x1b[1m\x1b[33mInterrupted\x1b[0m: Calf") == 0);
}

TEST_SUITE_END();
