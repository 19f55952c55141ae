// SPDX-License-Identifier: MIT
#include "device/vibrator.h"

#include "support/fake_clock.h"
#include "support/fake_processes.h"

#include <doctest/doctest.h>

using namespace stretch;
using namespace std::chrono_literals;

TEST_SUITE_BEGIN("device/vibrator");

TEST_CASE("ProcessVibrator buzzes with termux-vibrate -f -d, in a group of its own, never waiting")
{
  test::FakeClock clock;
  test::FakeProcesses processes(clock);
  device::ProcessVibrator vibrator("/data/bin/termux-vibrate", clock, processes);
  vibrator.buzz(device::k_buzz_long);
  vibrator.buzz(device::k_buzz_short);
  REQUIRE(processes.started.size() == 2);
  CHECK(processes.started[0].argv == std::vector<std::string>{"/data/bin/termux-vibrate", "-f", "-d", "500"});
  CHECK(processes.started[1].argv == std::vector<std::string>{"/data/bin/termux-vibrate", "-f", "-d", "100"});
  CHECK(processes.started[0].own_group);
  vibrator.poll(clock.now());
  CHECK_FALSE(vibrator.dropped());
}

TEST_CASE("ProcessVibrator: termux-vibrate that hangs (no Termux:API app) is given up at once, said once")
{
  test::FakeClock clock;
  test::FakeProcesses processes(clock);
  processes.behave("termux-vibrate", {.runs = std::nullopt});
  device::ProcessVibrator vibrator("/data/bin/termux-vibrate", clock, processes);
  vibrator.buzz(device::k_buzz_long);
  CHECK(vibrator.next_poll() == clock.now() + device::k_buzz_long + device::k_termux_limit);
  clock.advance(device::k_buzz_long + device::k_termux_limit);
  vibrator.poll(clock.now());
  CHECK(vibrator.dropped());
  const auto problem = vibrator.take_problem();
  REQUIRE(problem);
  CHECK(problem->kind == util::ProgramProblem::Kind::hung);
  CHECK(problem->program == "termux-vibrate");
  vibrator.buzz(device::k_buzz_short);
  CHECK(processes.started.size() == 1);
  CHECK_FALSE(vibrator.take_problem());
}

TEST_SUITE_END();
