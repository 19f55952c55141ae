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

TEST_SUITE_END();
