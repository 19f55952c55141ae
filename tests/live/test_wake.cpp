// SPDX-License-Identifier: MIT
#include "live/wake.h"

#include "support/fake_wake_lock.h"
#include "support/listening.h"
#include "support/plans.h"

#include <doctest/doctest.h>

using namespace stretch;
using std::chrono::seconds;

TEST_SUITE_BEGIN("live/wake");

TEST_CASE("Wake holds the lock from the start to the end, and lets go while suspended")
{
  test::FakeClock clock;
  test::RecordingLock lock(clock);
  live::Wake wake(lock);
  const plan::Plan plan = test::plan_from("title T\nexercise E\ncontract 10s Go.\n");
  session::Session session(plan, true, clock.now());
  test::tell(session, wake, clock.now());
  clock.advance(seconds(2));
  session.suspend(clock.now());
  test::tell(session, wake, clock.now());
  clock.advance(seconds(30)); // stopped, then `fg`
  session.carry_on(clock.now());
  session.resume(clock.now());
  test::tell(session, wake, clock.now());
  clock.advance(seconds(8));
  test::tell(session, wake, clock.now());
  REQUIRE(session.finished());
  using Event = test::RecordingLock::Event;
  CHECK(lock.events == std::vector<Event>{{"lock", seconds(0)}, {"unlock", seconds(2)}, {"lock", seconds(32)},
                                          {"unlock", seconds(40)}});
}

TEST_SUITE_END();
