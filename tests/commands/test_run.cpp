// SPDX-License-Identifier: MIT
#include "commands/run.h"

#include "error.h"
#include "history/log_file.h"
#include "history/record.h"
#include "support/command_fixture.h"
#include "support/plans.h"

#include <doctest/doctest.h>

using namespace stretch;

TEST_SUITE_BEGIN("commands/run");

TEST_CASE("print_dry_run")
{
  test::CommandFixture f;
  CHECK(commands::run_command(f.context(), {.routine = "calf", .plan = {.reps = 1}, .dry_run = true}) == 0);
  CHECK(f.out.text()
        == "Calf: press and lift the gas pedal (2:00)\n"
           "00:00 Calf LEFT GET READY 0:05 Hands on a wall or a post. Step this leg back, knee straight, heel down, "
           "toes pointing ahead.\n"
           "00:05 Calf LEFT STRETCH · calf 0:20 Lean in slowly until the calf will not stretch any further, and stay "
           "there.\n"
           "00:25 Calf LEFT PRESS · calf 0:10 Push the ball of the foot down hard, as if flooring the gas pedal.\n"
           "00:35 Calf LEFT LIFT · shin 0:20 Now the front of the ankle: pull your toes up toward the shin, as if "
           "lifting off the pedal.\n"
           "00:55 Calf LEFT RELAX 0:05 Ease off for a breath; stay in the stretch.\n"
           "01:00 Calf RIGHT SWITCH SIDES 0:05 Now the right side. Hands on a wall or a post. Step this leg back, "
           "knee straight, heel down, toes pointing ahead.\n"
           "01:05 Calf RIGHT STRETCH · calf 0:20 Lean in slowly until the calf will not stretch any further, and "
           "stay there.\n"
           "01:25 Calf RIGHT PRESS · calf 0:10 Push the ball of the foot down hard, as if flooring the gas pedal.\n"
           "01:35 Calf RIGHT LIFT · shin 0:20 Now the front of the ankle: pull your toes up toward the shin, as if "
           "lifting off the pedal.\n"
           "01:55 Calf RIGHT RELAX 0:05 Ease off for a breath; stay in the stretch.\n"
           "02:00 end\n");
}

TEST_CASE("print_dry_run ends with the routine's tips, in ASCII when the locale is not UTF-8")
{
  test::CommandFixture f;
  auto ctx = f.context();
  ctx.display.unicode = false;
  CHECK(commands::run_command(ctx, {.routine = "laces", .dry_run = true}) == 0);
  CHECK(f.out.text().ends_with("00:50 end\nTip: For your next runs: lace every other eyelet across the top of the foot, and "
                               "never tie the laces hard.\n"));
  f.out = {};
  CHECK(commands::run_command(ctx, {.routine = "calf", .plan = {.reps = 1}, .dry_run = true}) == 0);
  CHECK(f.out.text().find("00:25 Calf LEFT PRESS - calf 0:10") != std::string::npos);
}

TEST_CASE("run_command refuses what the routine cannot take, before touching the terminal")
{
  test::CommandFixture f;
  CHECK_THROWS_AS(commands::run_command(f.context(), {.routine = "calf", .plan = {.side = "up"}}), UsageError);
  CHECK_THROWS_AS(commands::run_command(f.context(), {.routine = "nope"}), UsageError);
}

TEST_CASE("log_session: the advice to see someone, in the session's own colors")
{
  test::CommandFixture f;
  f.variables["XDG_STATE_HOME"] = (f.dir.path() / "state").string();
  // Two earlier days on which the numbness stayed: the third call for the advice.
  const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  std::string log = history::log_header();
  for (const int days_ago : {2, 5}) {
    history::SessionRecord earlier;
    earlier.start = now - std::chrono::days(days_ago);
    earlier.start_text = history::format_local_iso(earlier.start);
    earlier.routine = "midrun";
    earlier.episode = "numbness";
    earlier.active_seconds = 300;
    earlier.steps_done = 5;
    earlier.answers = {{"Has the numbness gone?", false}};
    log += history::format_record(earlier) + "\n";
  }
  f.dir.write("state/stretch/history.tsv", log);
  const plan::Plan plan = test::plan_from("title Mid\nepisode numbness\nexercise Check\nquestion 30s Gone?\nyes Good.\n"
                                          "no Call it a day.\nstop-if no\n");
  session::Summary summary;
  summary.steps_done = 1;
  summary.ended_by_answer = true;
  summary.answers = {{0, "Gone?", false}};
  const render::Palette light = render::Palette::colored(render::Theme::light, render::ColorDepth::cube256);
  commands::log_session(f.context(true), plan, summary, history::Seconds(now), true, light);
  CAPTURE(f.out.text());
  const std::string warning = render::styled(light.warning, "|");
  CHECK(f.out.text().starts_with(warning.substr(0, warning.find('|')) + "Your feet went numb on 3 days"));
  CHECK(f.out.text().find("\x1b[1m\x1b[33m") == std::string::npos); // never the dark theme's yellow
}

TEST_SUITE_END();
