// SPDX-License-Identifier: MIT
#include "util/children.h"

#include "support/fake_clock.h"
#include "support/fake_processes.h"

#include <csignal>
#include <doctest/doctest.h>

using namespace stretch;
using namespace std::chrono_literals;
using util::ChildEnd;

TEST_SUITE_BEGIN("util/children");

TEST_CASE("Children::poll tells how each ended, and never waits")
{
  test::FakeClock clock;
  test::FakeProcesses processes(clock);
  util::Children children(processes);
  SUBCASE("by itself: ok, or failed with its status")
  {
    processes.behave("good", {.runs = 1s});
    processes.behave("bad", {.runs = 2s, .exit_status = 3});
    const auto good = *children.start({"/bin/good"}, clock.now(), 10s);
    const auto bad = *children.start({"/bin/bad"}, clock.now(), 10s);
    CHECK(children.poll(clock.now()).empty());
    CHECK(children.running(good));
    clock.advance(1s);
    const auto first = children.poll(clock.now());
    REQUIRE(first.size() == 1);
    CHECK(first[0].id == good);
    CHECK(first[0].how == ChildEnd::ok);
    CHECK_FALSE(children.running(good));
    clock.advance(1s);
    const auto second = children.poll(clock.now());
    REQUIRE(second.size() == 1);
    CHECK(second[0].id == bad);
    CHECK(second[0].how == ChildEnd::failed);
    CHECK(second[0].status == 3);
    CHECK(children.count() == 0);
  }
  SUBCASE("past its limit: over at once, told to end, killed after the grace when it ignores SIGTERM")
  {
    processes.behave("hang", {.runs = std::nullopt, .ignores_term = true});
    const auto id = *children.start({"/bin/hang"}, clock.now(), 5s);
    CHECK(children.next_deadline() == clock.now() + 5s);
    clock.advance(5s);
    const auto ended = children.poll(clock.now());
    REQUIRE(ended.size() == 1);
    CHECK(ended[0].how == ChildEnd::timed_out);
    CHECK_FALSE(children.running(id));
    CHECK(processes.signals.back().signal == SIGTERM);
    CHECK(children.next_deadline() == clock.now() + util::k_kill_grace);
    clock.advance(util::k_kill_grace);
    CHECK(children.poll(clock.now()).empty()); // SIGKILL now,
    CHECK(processes.signals.back().signal == SIGKILL);
    CHECK(children.poll(clock.now()).empty()); // collected without a word: its end was told
    CHECK(children.count() == 0);
  }
  SUBCASE("stopped on purpose: a stop, not a failure, whatever its status")
  {
    processes.behave("slow", {.runs = 10s, .exit_after_term = 1500ms});
    const auto id = *children.start({"/bin/slow"}, clock.now(), 20s);
    children.stop(id, clock.now());
    CHECK_FALSE(children.running(id));
    clock.advance(util::k_kill_grace);
    CHECK(children.poll(clock.now()).empty()); // still exiting: killed
    const auto ended = children.poll(clock.now());
    REQUIRE(ended.size() == 1);
    CHECK(ended[0].how == ChildEnd::stopped);
    CHECK(clock.now() == clock.epoch() + util::k_kill_grace); // nobody waited 1.5 s
  }
  SUBCASE("a program that cannot start")
  {
    processes.behave("gone", {.cannot_start = true});
    const auto started = children.start({"/bin/gone"}, clock.now(), 1s);
    REQUIRE_FALSE(started);
    CHECK(started.error() == "cannot start /bin/gone: No such file or directory");
    CHECK(children.count() == 0);
  }
}

TEST_CASE("Children: destroyed, it kills what runs, except what was started to outlive it")
{
  test::FakeClock clock;
  test::FakeProcesses processes(clock);
  processes.behave("long", {.runs = 60s});
  {
    util::Children children(processes);
    (void)children.start({"/bin/long"}, clock.now(), 100s);
    (void)children.start({"/bin/long", "notification"}, clock.now(), 100s, {.own_group = true, .outlives = true});
  }
  REQUIRE(processes.signals.size() == 1);
  CHECK(processes.signals[0].signal == SIGKILL);
  CHECK(processes.started[1].own_group);
  CHECK(processes.alive() == 1); // the notification, left to finish
}

TEST_SUITE_END();
