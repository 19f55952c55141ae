#include "commands/run.h"

#include "error.h"
#include "support/command_fixture.h"

#include <doctest/doctest.h>

using namespace stretch;

TEST_SUITE_BEGIN("commands/run");

TEST_CASE("print_dry_run")
{
  test::CommandFixture f;
  CHECK(commands::run_command(f.context(), {.routine = "calf", .plan = {.reps = 1}, .dry_run = true}) == 0);
  CHECK(f.out.text()
        == "Calf: press and lift the gas pedal (1:10)\n"
           "00:00 Calf LEFT GET READY 0:05 Hands on a wall or a post. Step this leg back, knee straight, heel down, "
           "toes pointing ahead. Lean in until the calf will not stretch any further.\n"
           "00:05 Calf LEFT CONTRACT 0:10 Push the ball of the foot down hard, as if flooring the gas pedal.\n"
           "00:15 Calf LEFT CONTRACT 0:20 Now the front of the ankle: pull your toes up toward the shin, as if "
           "lifting off the pedal.\n"
           "00:35 Calf RIGHT SWITCH SIDES 0:05 Now the right side. Hands on a wall or a post. Step this leg back, "
           "knee straight, heel down, toes pointing ahead. Lean in until the calf will not stretch any further.\n"
           "00:40 Calf RIGHT CONTRACT 0:10 Push the ball of the foot down hard, as if flooring the gas pedal.\n"
           "00:50 Calf RIGHT CONTRACT 0:20 Now the front of the ankle: pull your toes up toward the shin, as if "
           "lifting off the pedal.\n"
           "01:10 end\n");
}

TEST_CASE("run_command refuses what the routine cannot take, before touching the terminal")
{
  test::CommandFixture f;
  CHECK_THROWS_AS(commands::run_command(f.context(), {.routine = "calf", .plan = {.side = "up"}}), UsageError);
  CHECK_THROWS_AS(commands::run_command(f.context(), {.routine = "nope"}), UsageError);
}

TEST_SUITE_END();
