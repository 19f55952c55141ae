// SPDX-License-Identifier: MIT
#include "live/outside_status.h"

#include "support/fake_clock.h"
#include "support/fake_terminal.h"
#include "support/listening.h"
#include "support/plans.h"
#include "support/scan.h"

#include <doctest/doctest.h>

using namespace stretch;
using std::chrono::milliseconds;
using std::chrono::seconds;

TEST_SUITE_BEGIN("live/outside_status");

TEST_CASE("OutsideStatus: the title when it changes, paused as paused")
{
  test::FakeClock clock;
  test::FakeTerminal terminal(clock);
  live::Options options;
  options.title = true;
  const plan::Plan plan = test::plan_from("title T\nexercise Calf\nsides left right\ncontract 3s [PRESS · calf] Press.\n");
  live::OutsideStatus outside(plan, options, terminal);
  session::Session session(plan, true, clock.now());
  test::tell(session, outside, clock.now());
  test::tell(session, outside, clock.now() + milliseconds(100));
  clock.advance(milliseconds(1500));
  session.pause(clock.now());
  test::tell(session, outside, clock.now());
  CHECK(test::count_of(terminal.output, "\x1b]2;0:03 PRESS · calf LEFT - stretch\x1b\\") == 1);
  CHECK(terminal.output.find("\x1b]2;PAUSED 0:02 LEFT - stretch\x1b\\") != std::string::npos);
  CHECK(outside.next_wake(session, clock.now()) == std::nullopt); // no progress bar to keep fresh
}

TEST_CASE("OutsideStatus: the progress bar sent again every 10 s, and cleared at the end")
{
  test::FakeClock clock;
  test::FakeTerminal terminal(clock);
  live::Options options;
  options.progress = true;
  const plan::Plan plan = test::plan_from("title T\nexercise E\nrest 20s\nrest 20s\n");
  live::OutsideStatus outside(plan, options, terminal);
  session::Session session(plan, true, clock.now());
  test::tell(session, outside, clock.now());
  CHECK(terminal.output == "\x1b]9;4;1;0\x07");
  CHECK(outside.next_wake(session, clock.now()) == clock.now() + live::k_progress_refresh);
  clock.advance(seconds(10));
  test::tell(session, outside, clock.now());
  CHECK(terminal.output.ends_with("\x1b]9;4;1;25\x07"));
  session.pause(clock.now());
  test::tell(session, outside, clock.now());
  CHECK(terminal.output.ends_with("\x1b]9;4;4;25\x07"));
  const std::size_t before = terminal.output.size();
  clock.advance(seconds(10)); // paused, unchanged, but sent again
  test::tell(session, outside, clock.now());
  CHECK(terminal.output.size() > before);
  session.stop(session::Outcome::stopped, clock.now());
  test::tell(session, outside, clock.now());
  CHECK(terminal.output.ends_with("\x1b]9;4;0;0\x07"));
}

TEST_SUITE_END();
