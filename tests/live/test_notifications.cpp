// SPDX-License-Identifier: MIT
#include "live/notifications.h"

#include "support/fake_clock.h"
#include "support/fake_notifier.h"
#include "support/listening.h"
#include "support/plans.h"

#include <doctest/doctest.h>

using namespace stretch;
using std::chrono::seconds;

namespace {

constexpr std::string_view k_mid = "title Mid\nexercise E\nrest 1s\nquestion Feeling back?\nyes Good.\nno Then on.\nstop-if yes\n";

} // namespace

TEST_SUITE_BEGIN("live/notifications");

TEST_CASE("Notifications: a question that waits for a key, and the end of a routine done")
{
  test::FakeClock clock;
  test::RecordingNotifier notifier;
  const plan::Plan plan = test::plan_from(k_mid);
  live::Notifications notifications(plan, true, notifier);
  session::Session session(plan, true, clock.now());
  test::tell(session, notifications, clock.now());
  clock.advance(seconds(3));
  session.key(clock.now());
  session.answer_key(true, clock.now());
  clock.advance(seconds(3));
  test::tell(session, notifications, clock.now());
  REQUIRE(session.finished());
  CHECK(notifier.shown == std::vector<std::string>{"stretch: Mid | A question waits: Feeling back?",
                                                   "stretch: Mid | Ended by your answer."});
}

TEST_CASE("Notifications: none for a question nobody can answer, nor for a routine stopped")
{
  test::FakeClock clock;
  test::RecordingNotifier notifier;
  const plan::Plan plan = test::plan_from(k_mid);
  live::Notifications notifications(plan, false, notifier);
  session::Session session(plan, false, clock.now());
  test::tell(session, notifications, clock.now());
  clock.advance(seconds(2));
  session.stop(session::Outcome::stopped, clock.now());
  test::tell(session, notifications, clock.now());
  CHECK(notifier.shown.empty());
}

TEST_SUITE_END();
