// SPDX-License-Identifier: MIT
#include "live/plain_view.h"

#include "support/fake_clock.h"
#include "support/fake_terminal.h"
#include "support/listening.h"
#include "support/plans.h"

#include <doctest/doctest.h>

using namespace stretch;
using std::chrono::milliseconds;
using std::chrono::seconds;

TEST_SUITE_BEGIN("live/plain_view");

TEST_CASE("PlainView: the title, a line per step and event with its time, a device's notice, the summary")
{
  test::FakeClock clock;
  test::FakeTerminal terminal(clock);
  live::Options options;
  options.plain = true;
  const plan::Plan plan = test::plan_from("title Two holds\nexercise Calf\ncontract 10s Down.\ncontract 20s Up.\n");
  live::PlainView view(plan, options, terminal);
  session::Session session(plan, false, clock.now());
  test::tell(session, view, clock.now());
  clock.advance(seconds(4));
  session.pause(clock.now());
  session.tell("aplay failed (exit status 1): ringing the terminal bell instead", clock.now());
  test::tell(session, view, clock.now());
  clock.advance(seconds(2));
  session.resume(clock.now());
  test::tell(session, view, clock.now());
  clock.advance(seconds(30));
  test::tell(session, view, clock.now());
  CHECK(terminal.output == "Two holds (0:30)\n"
                           "00:00 Calf CONTRACT 0:10 Down.\n"
                           "00:04 paused\n"
                           "00:04 aplay failed (exit status 1): ringing the terminal bell instead\n"
                           "00:06 resumed\n"
                           "00:12 Calf CONTRACT 0:20 Up.\n"
                           "Done: Two holds\n"
                           "2 of 2 holds done, 0 skipped, in 0:30 (paused 0:02).\n");
}

TEST_SUITE_END();
