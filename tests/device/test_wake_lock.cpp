// SPDX-License-Identifier: MIT
#include "device/wake_lock.h"

#include "device/vibrator.h"
#include "support/fake_clock.h"
#include "support/fake_processes.h"
#include "support/temp_dir.h"

#include <doctest/doctest.h>
#include <sys/stat.h>

using namespace stretch;
using namespace std::chrono_literals;

namespace {

const device::WakeLockPrograms k_programs{"/t/termux-wake-lock", "/t/termux-wake-unlock"};

} // namespace

TEST_SUITE_BEGIN("device/wake_lock");

TEST_CASE("find_wake_lock: both programs, or none")
{
  const test::TempDir dir;
  const auto lock = dir.write("bin/termux-wake-lock", "#!/bin/sh\n");
  ::chmod(lock.c_str(), 0755);
  CHECK_FALSE(device::find_wake_lock((dir.path() / "bin").string()));
  const auto unlock = dir.write("bin/termux-wake-unlock", "#!/bin/sh\n");
  ::chmod(unlock.c_str(), 0755);
  const auto found = device::find_wake_lock((dir.path() / "bin").string());
  REQUIRE(found);
  CHECK(found->lock == lock);
  CHECK(found->unlock == unlock);
}

TEST_CASE("ProcessWakeLock: locked once, unlocked once, and unlocked when destroyed")
{
  test::FakeClock clock;
  test::FakeProcesses processes(clock);
  {
    device::ProcessWakeLock lock(k_programs, clock, processes);
    lock.acquire();
    lock.acquire();
    lock.release();
    lock.release();
    lock.acquire();
  }
  REQUIRE(processes.started.size() == 4);
  CHECK(processes.started[0].argv[0] == "/t/termux-wake-lock");
  CHECK(processes.started[1].argv[0] == "/t/termux-wake-unlock");
  CHECK(processes.started[2].argv[0] == "/t/termux-wake-lock");
  CHECK(processes.started[3].argv[0] == "/t/termux-wake-unlock"); // on the way out
  CHECK(processes.started[3].own_group);
  CHECK(processes.signals.empty()); // nothing killed: the unlock outlives the program
}

TEST_CASE("ProcessWakeLock: a lock that hangs is given up with one problem, and still let go")
{
  test::FakeClock clock;
  test::FakeProcesses processes(clock);
  processes.behave("termux-wake-lock", {.runs = std::nullopt});
  device::ProcessWakeLock lock(k_programs, clock, processes);
  lock.acquire();
  clock.advance(device::k_termux_limit);
  lock.poll(clock.now());
  CHECK(lock.dropped());
  CHECK(lock.take_problem()->program == "termux-wake-lock");
  lock.release();
  CHECK(processes.started.back().argv[0] == "/t/termux-wake-unlock");
}

TEST_SUITE_END();
