// SPDX-License-Identifier: MIT
#include "util/processes.h"

#include <csignal>
#include <doctest/doctest.h>
#include <sys/wait.h>

using namespace stretch;

namespace {

// Blocks until `pid` has ended, without collecting it (WNOWAIT): the moment to ask.
void until_ended(pid_t pid)
{
  siginfo_t info = {};
  ::waitid(P_PID, static_cast<id_t>(pid), &info, WEXITED | WNOWAIT);
}

} // namespace

TEST_SUITE_BEGIN("util/processes");

TEST_CASE("PosixProcesses: collect never waits, and tells the status once")
{
  util::PosixProcesses processes;
  SUBCASE("an exit status")
  {
    const auto pid = processes.start({"/bin/sh", "-c", "exit 4"}, false);
    REQUIRE(pid);
    until_ended(*pid);
    CHECK(processes.collect(*pid) == 4);
    CHECK(processes.collect(*pid) == 255); // collected: no child of ours any more
  }
  SUBCASE("a program still running, then ended by a signal")
  {
    const auto pid = processes.start({"/bin/sleep", "30"}, true);
    REQUIRE(pid);
    CHECK_FALSE(processes.collect(*pid)); // running: no wait
    processes.send(*pid, SIGTERM, true);
    until_ended(*pid);
    CHECK(processes.collect(*pid) == 128 + SIGTERM);
  }
  SUBCASE("a program that is not there")
  {
    const auto pid = processes.start({"/nonexistent/aplay"}, false);
    REQUIRE_FALSE(pid);
    CHECK(pid.error() == "cannot start /nonexistent/aplay: No such file or directory");
  }
}

TEST_SUITE_END();
