// SPDX-License-Identifier: MIT
#include "session/session.h"

#include "support/fake_clock.h"
#include "support/plans.h"

#include <doctest/doctest.h>

using namespace stretch;
using namespace stretch::session;
using std::chrono::milliseconds;
using std::chrono::seconds;

namespace {

constexpr std::string_view k_calf = "title Calf\nexercise Calf\nsides left right\nreps 3\n"
                                    "contract 10s Down.\ncontract 20s Up.\n";

// The kinds of the events, as letters: b began, s started, d done, k skipped, r restarted,
// p paused, u resumed, P proposed, t taken back, a answered, h hint, S stopping, U stop
// undone, ? help, T told, n notice ended, z suspended, c continued, w unattended, f
// finished, q hushed.
std::string kinds(const std::vector<Event>& events)
{
  constexpr std::string_view k_letters = "bsdkrpuPtahSU?TnzcwfQ";
  std::string out;
  for (const Event& e : events) {
    out += k_letters.at(static_cast<std::size_t>(e.kind));
  }
  return out;
}

} // namespace

TEST_SUITE_BEGIN("session/session");

TEST_CASE("Session runs every step in order at its deadline")
{
  const plan::Plan plan = test::plan_from(k_calf);
  test::FakeClock clock;
  const TimePoint t0 = clock.now();
  Session session(plan, false, t0);
  CHECK(session.index() == 0);
  CHECK(session.deadline() == t0 + seconds(10));
  CHECK(session.remaining(t0 + seconds(3)) == seconds(7));

  session.update(t0 + milliseconds(9999));
  CHECK(session.index() == 0);
  session.update(t0 + seconds(10));
  CHECK(session.index() == 1);
  CHECK(session.deadline() == t0 + seconds(30));

  SUBCASE("sides follow reps: left 1,2,3 then right 1,2,3")
  {
    std::vector<std::string> order;
    for (const auto& step : plan.steps) {
      order.push_back(std::string(step.side) + std::to_string(step.rep));
    }
    CHECK(order == std::vector<std::string>{"left1", "left1", "left2", "left2", "left3", "left3",
                                            "right1", "right1", "right2", "right2", "right3", "right3"});
  }
  SUBCASE("a late update catches up without drift")
  {
    session.update(t0 + seconds(95)); // steps end at 30, 40, 60, 70, 90; 90 + 10 = 100
    CHECK(session.index() == 6);
    CHECK(session.deadline() == t0 + seconds(100));
  }
  SUBCASE("the whole routine ends at exactly its total")
  {
    session.update(t0 + seconds(179));
    CHECK_FALSE(session.finished());
    session.update(t0 + seconds(180));
    CHECK(session.finished());
    const Summary summary = session.summary(t0 + seconds(200));
    CHECK(summary.outcome == Outcome::done);
    CHECK(summary.holds_planned == 12);
    CHECK(summary.holds_done == 12);
    CHECK(summary.holds_skipped == 0);
    CHECK(summary.elapsed == seconds(180));
  }
}

TEST_CASE("Session pause freezes the time left exactly")
{
  const plan::Plan plan = test::plan_from(k_calf);
  const TimePoint t0{};
  Session session(plan, true, t0);
  session.pause(t0 + milliseconds(3250));
  CHECK(session.paused());
  CHECK_FALSE(session.deadline());
  CHECK(session.remaining(t0 + seconds(60)) == milliseconds(6750));
  session.update(t0 + seconds(60)); // nothing ends while paused
  CHECK(session.index() == 0);
  session.resume(t0 + seconds(60) + milliseconds(3250));
  CHECK(session.deadline() == t0 + seconds(70));
  session.toggle_pause(t0 + seconds(61));
  session.toggle_pause(t0 + seconds(62));
  CHECK(session.deadline() == t0 + seconds(71));
  session.update(t0 + seconds(71));
  CHECK(session.index() == 1);
  CHECK(session.deadline() == t0 + seconds(91));
  const Summary summary = session.summary(t0 + seconds(91));
  CHECK(summary.paused == seconds(61));
  CHECK(kinds(session.take_events()) == "bspupuds");
}

TEST_CASE("Session skip and restart")
{
  const plan::Plan plan = test::plan_from(k_calf);
  const TimePoint t0{};
  Session session(plan, true, t0);
  SUBCASE("skip starts the next step now and counts a skipped hold")
  {
    session.skip(t0 + seconds(4));
    CHECK(session.index() == 1);
    CHECK(session.deadline() == t0 + seconds(24));
    CHECK(session.summary(t0 + seconds(4)).holds_skipped == 1);
  }
  SUBCASE("restart gives the step its whole time again")
  {
    session.restart(t0 + seconds(4));
    CHECK(session.index() == 0);
    CHECK(session.deadline() == t0 + seconds(14));
  }
  SUBCASE("skip while paused keeps the pause, with the new step's whole time")
  {
    session.pause(t0 + seconds(2));
    session.skip(t0 + seconds(5));
    CHECK(session.paused());
    CHECK(session.index() == 1);
    CHECK(session.remaining(t0 + seconds(50)) == seconds(20));
    session.resume(t0 + seconds(50));
    CHECK(session.deadline() == t0 + seconds(70));
    // Paused at 2 s, skipped at 5 s, resumed at 50 s: 48 s paused, not 45.
    CHECK(session.summary(t0 + seconds(50)).paused == seconds(48));
  }
  SUBCASE("restart while paused keeps all of the pause too")
  {
    session.pause(t0 + seconds(2));
    session.restart(t0 + seconds(5));
    CHECK(session.paused());
    CHECK(session.summary(t0 + seconds(9)).paused == seconds(7));
    session.resume(t0 + seconds(50));
    CHECK(session.summary(t0 + seconds(50)).paused == seconds(48));
    CHECK(session.deadline() == t0 + seconds(60));
  }
  SUBCASE("skipping the last step finishes the routine")
  {
    for (int i = 0; i < 12; ++i) {
      session.skip(t0 + seconds(i));
    }
    CHECK(session.finished());
    CHECK(session.summary(t0).holds_skipped == 12);
  }
}

TEST_CASE("Session keeps the clock's own precision")
{
  const plan::Plan plan = test::plan_from(k_calf);
  const TimePoint t0{};
  Session session(plan, false, t0);
  const auto a_hair = std::chrono::microseconds(300);
  // 300 µs before the fourth second ends, 6 s and 300 µs are left: shown as 0:07, not 0:06.
  CHECK(session.remaining(t0 + seconds(4) - a_hair) == seconds(6) + a_hair);
  session.pause(t0 + milliseconds(1500) + a_hair);
  session.resume(t0 + seconds(3));
  CHECK(session.deadline() == t0 + seconds(10) + milliseconds(1500) - a_hair);
}

TEST_CASE("Session hold: the step waits at its deadline, counted as active, not paused")
{
  const plan::Plan plan = test::plan_from("title T\nexercise E\nsetup Lean.\nrest 10s\n",
                                          {.ready = seconds(5)});
  const TimePoint t0{};
  Session session(plan, true, t0);
  session.hold(t0 + seconds(5));
  CHECK(session.held());
  CHECK_FALSE(session.deadline());
  session.update(t0 + seconds(11));
  CHECK(session.index() == 0);
  CHECK(session.remaining(t0 + seconds(11)) == seconds(0));
  session.release(t0 + seconds(11));
  CHECK_FALSE(session.held());
  session.update(t0 + seconds(11));
  CHECK(session.index() == 1);
  CHECK(session.deadline() == t0 + seconds(21));
  CHECK(session.summary(t0 + seconds(21)).paused == seconds(0));
  SUBCASE("a pause takes over from a hold")
  {
    Session again(plan, true, t0);
    again.hold(t0 + seconds(5));
    again.pause(t0 + seconds(8));
    CHECK_FALSE(again.held());
    CHECK(again.paused());
    again.resume(t0 + seconds(10));
    CHECK(again.summary(t0 + seconds(10)).paused == seconds(2));
    CHECK(again.deadline() == t0 + seconds(10)); // its time was up when the hold began
  }
}

TEST_CASE("Session waiting steps")
{
  const plan::Plan plan = test::plan_from("title T\nexercise E\nmanual Laces.\nquestion 30s Gone?\nyes Y\nno N\nstop-if no\n"
                                          "exercise F\nrest 5s\n");
  const TimePoint t0{};
  SUBCASE("on a terminal, manual steps wait for confirm")
  {
    Session session(plan, true, t0);
    CHECK(session.waiting());
    CHECK_FALSE(session.deadline());
    session.update(t0 + std::chrono::hours(1));
    CHECK(session.index() == 0);
    session.confirm(t0 + std::chrono::hours(1));
    CHECK(session.index() == 1);
    CHECK(session.waiting());
    SUBCASE("a yes shows for 2 s, then counts and goes on")
    {
      const TimePoint t = t0 + std::chrono::hours(2);
      session.propose_answer(true, t);
      CHECK(session.index() == 1);
      CHECK(session.proposed() == true);
      CHECK(session.deadline() == t + k_answer_delay);
      CHECK(session.remaining(t + milliseconds(500)) == milliseconds(1500));
      CHECK(session.summary(t).answers.at(0).reply == std::nullopt); // not yet counted
      session.update(t + k_answer_delay - milliseconds(1));
      CHECK(session.index() == 1);
      session.update(t + k_answer_delay);
      CHECK(session.index() == 2);
      CHECK(session.summary(t0).answers.size() == 1);
      CHECK(session.summary(t0).answers[0].reply == true);
      CHECK(session.summary(t0).answers[0].question == "Gone?");
    }
    SUBCASE("a no that stops ends the routine when it counts")
    {
      session.propose_answer(false, t0 + std::chrono::hours(2));
      CHECK_FALSE(session.finished());
      session.update(t0 + std::chrono::hours(2) + k_answer_delay);
      CHECK(session.finished());
      const Summary summary = session.summary(t0 + std::chrono::hours(3));
      CHECK(summary.outcome == Outcome::done);
      CHECK(summary.ended_by_answer);
      CHECK(summary.answers[0].reply == false);
      CHECK(summary.steps_done == 2); // the manual step and the question
    }
    SUBCASE("an answer changed starts its 2 s again; the same one changes nothing")
    {
      const TimePoint t = t0 + std::chrono::hours(2);
      session.propose_answer(false, t);
      session.propose_answer(false, t + seconds(1));
      CHECK(session.deadline() == t + k_answer_delay);
      session.propose_answer(true, t + seconds(1));
      CHECK(session.deadline() == t + seconds(1) + k_answer_delay);
      session.update(t + seconds(3));
      CHECK(session.index() == 2);
      CHECK(session.summary(t).answers[0].reply == true);
    }
    SUBCASE("an answer taken back is never counted; Enter counts one at once")
    {
      const TimePoint t = t0 + std::chrono::hours(2);
      session.propose_answer(false, t);
      session.take_back(t + seconds(1));
      CHECK_FALSE(session.proposed());
      CHECK_FALSE(session.deadline());
      session.update(t + seconds(60));
      CHECK(session.index() == 1);
      session.propose_answer(true, t + seconds(61));
      session.confirm(t + seconds(61));
      CHECK(session.index() == 2);
    }
    SUBCASE("stopped while an answer shows: the answer is not kept")
    {
      session.propose_answer(false, t0 + std::chrono::hours(2));
      session.stop(Outcome::stopped, t0 + std::chrono::hours(2) + seconds(1));
      const Summary summary = session.summary(t0 + std::chrono::hours(3));
      REQUIRE(summary.answers.size() == 1);
      CHECK(summary.answers[0].reply == std::nullopt); // reached, never answered
    }
  }
  SUBCASE("without a terminal they go on after their time")
  {
    Session session(plan, false, t0);
    CHECK_FALSE(session.waiting());
    CHECK(session.deadline() == t0 + seconds(10)); // the default for a manual step
    session.update(t0 + seconds(40));
    CHECK(session.index() == 2);
    REQUIRE(session.summary(t0).answers.size() == 1); // reached, never answered
    CHECK(session.summary(t0).answers[0].reply == std::nullopt);
  }
  SUBCASE("when keys stop coming, the waiting step counts down from then")
  {
    Session session(plan, true, t0);
    session.stop_waiting(t0 + seconds(100));
    CHECK(session.deadline() == t0 + seconds(110));
  }
  SUBCASE("confirm and answers do nothing on other kinds of steps")
  {
    Session session(plan, true, t0);
    session.propose_answer(true, t0);
    CHECK_FALSE(session.proposed());
    CHECK(session.index() == 0);
    session.confirm(t0);
    CHECK(session.index() == 1);
    session.confirm(t0); // a question is not confirmed, but answered
    CHECK(session.index() == 1);
    session.skip(t0);
    CHECK(session.summary(t0).answers.at(0).reply == std::nullopt); // skipped: reached, unanswered
  }
}

TEST_CASE("Session stop")
{
  const plan::Plan plan = test::plan_from(k_calf);
  const TimePoint t0{};
  Session session(plan, true, t0);
  session.update(t0 + seconds(35));
  session.pause(t0 + seconds(36));
  session.stop(Outcome::interrupted, t0 + seconds(40));
  CHECK(session.finished());
  CHECK_FALSE(session.deadline());
  const Summary summary = session.summary(t0 + seconds(99));
  CHECK(summary.outcome == Outcome::interrupted);
  CHECK(summary.holds_done == 2);
  CHECK(summary.elapsed == seconds(40));
  CHECK(summary.paused == seconds(4));
  CHECK(session.total_left(t0 + seconds(99)) == seconds(0));
}

TEST_CASE("Session answer keys: only a key on its own answers, and a hurried key takes an answer back")
{
  const plan::Plan plan = test::plan_from("title Q\nexercise Check\nquestion 30s Gone?\nyes Good.\nno Call it a "
                                          "day.\nstop-if no\nexercise After\nrest 5s\n");
  test::FakeClock clock;
  const TimePoint t0 = clock.now();
  Session session(plan, true, t0);
  const auto key = [&](TimePoint at, char which) {
    session.key(at);
    if (which == 'y' || which == 'n') {
      session.answer_key(which == 'y', at);
    } else if (which == '\r') {
      session.confirm_key(at);
    }
  };
  (void)session.take_events();
  SUBCASE("too early: a hint, no answer; then alone and in time: proposed")
  {
    key(t0 + milliseconds(500), 'y');
    const auto events = session.take_events();
    REQUIRE(events.size() == 1);
    CHECK(events[0].kind == Event::Kind::hint);
    CHECK(events[0].hint == Hint::early);
    CHECK(events[0].yes);
    CHECK_FALSE(session.proposed());
    key(t0 + milliseconds(1500), 'y');
    CHECK(session.proposed() == true);
  }
  SUBCASE("a deliberate n, then y, Enter, y, Enter, y at 0.1 s: taken back, and nothing counts")
  {
    key(t0 + seconds(2), 'n');
    CHECK(session.proposed() == false);
    TimePoint t = t0 + seconds(2);
    for (const char c : {'y', '\r', 'y', '\r', 'y'}) {
      t += milliseconds(100);
      key(t, c);
    }
    CHECK(kinds(session.take_events()) == "Pth"); // proposed, taken back, one hint for the mash
    CHECK_FALSE(session.proposed());
    session.update(t + seconds(10));
    CHECK(session.summary(t + seconds(10)).answers[0].reply == std::nullopt);
    CHECK_FALSE(session.finished());
  }
  SUBCASE("a change of mind after a second's quiet: the answer changes, and Enter alone counts it")
  {
    key(t0 + seconds(2), 'n');
    key(t0 + seconds(3), 'y');
    CHECK(session.proposed() == true);
    key(t0 + milliseconds(3500), '\r'); // hurried: takes it back
    CHECK_FALSE(session.proposed());
    key(t0 + milliseconds(4600), 'y');
    key(t0 + milliseconds(5700), '\r'); // alone: counts now
    CHECK(session.summary(t0 + seconds(6)).answers[0].reply == true);
    CHECK(session.index() == 1);
  }
  SUBCASE("any hurried key takes back an answer shown")
  {
    key(t0 + seconds(2), 'n');
    key(t0 + milliseconds(2300), 's');
    CHECK_FALSE(session.proposed());
    const auto events = session.take_events();
    CHECK(kinds(events) == "Pth");
    CHECK(events.back().hint == Hint::canceled);
  }
}

TEST_CASE("Session request_stop: paused with a way back, stopped at the end of the grace or when asked again")
{
  const plan::Plan plan = test::plan_from(k_calf);
  test::FakeClock clock;
  const TimePoint t0 = clock.now();
  SUBCASE("the grace runs out: stopped then, the grace counted as paused")
  {
    Session session(plan, true, t0);
    session.request_stop(t0 + seconds(3));
    CHECK(session.paused());
    CHECK(session.stops_at() == t0 + seconds(3) + k_stop_grace);
    CHECK(session.deadline() == session.stops_at());
    session.update(t0 + seconds(3) + k_stop_grace - milliseconds(1));
    CHECK_FALSE(session.finished());
    session.update(t0 + seconds(10));
    CHECK(session.finished());
    const Summary summary = session.summary(t0 + seconds(10));
    CHECK(summary.outcome == Outcome::stopped);
    CHECK(summary.paused == k_stop_grace);
    CHECK(summary.elapsed == seconds(3) + k_stop_grace);
  }
  SUBCASE("asked again: stopped at once")
  {
    Session session(plan, true, t0);
    session.request_stop(t0 + seconds(3));
    session.request_stop(t0 + seconds(4));
    CHECK(session.finished());
    CHECK(session.summary(t0 + seconds(4)).elapsed == seconds(4));
  }
  SUBCASE("undone: the step goes on with the time it had; a pause before the q stays a pause")
  {
    Session session(plan, true, t0);
    session.request_stop(t0 + seconds(3));
    session.undo_stop(t0 + seconds(5));
    CHECK_FALSE(session.paused());
    CHECK_FALSE(session.stops_at());
    CHECK(session.deadline() == t0 + seconds(12));
    CHECK(kinds(session.take_events()) == "bspSUu");
    session.pause(t0 + seconds(6));
    session.request_stop(t0 + seconds(7));
    session.resume(t0 + seconds(8)); // r, space or p: back to where it was, paused
    CHECK(session.paused());
    CHECK_FALSE(session.stops_at());
  }
}

TEST_CASE("Session total_left")
{
  const plan::Plan plan = test::plan_from(k_calf);
  const TimePoint t0{};
  Session session(plan, false, t0);
  CHECK(session.total_left(t0) == seconds(180));
  session.update(t0 + seconds(15));
  CHECK(session.total_left(t0 + seconds(15)) == seconds(165));
}

TEST_CASE("Session notices: an answer's advice for 10 s, a key's hint for 3 s, a device's notice for 10 s")
{
  const plan::Plan plan = test::plan_from("title Q\nexercise Check\nquestion Gone?\nyes Good.\nno Rest.\n"
                                          "exercise Calf\ncontract 30s Down.\n");
  const TimePoint t0{};
  Session session(plan, true, t0);
  session.key(t0 + milliseconds(300));
  session.answer_key(true, t0 + milliseconds(300)); // too early: a hint
  REQUIRE(session.notices().size() == 1);
  CHECK(session.notices()[0].kind == Notice::Kind::hint);
  CHECK(session.notices()[0].hint == Hint::early);
  CHECK(session.next_change() == t0 + milliseconds(300) + k_hint_time);
  session.tell("aplay failed", t0 + seconds(1));
  session.key(t0 + seconds(2));
  session.answer_key(false, t0 + seconds(2)); // on purpose: the hint goes
  REQUIRE(session.notices().size() == 1);
  CHECK(session.notices()[0].kind == Notice::Kind::device);
  CHECK(session.notices()[0].text == "aplay failed");
  session.update(t0 + seconds(4)); // counted
  REQUIRE(session.notices().size() == 2);
  CHECK(session.notices()[1].kind == Notice::Kind::advice);
  CHECK_FALSE(session.notices()[1].yes);
  CHECK(session.next_change() == t0 + seconds(11));
  session.update(t0 + seconds(11));
  CHECK(session.notices().size() == 1);
  session.update(t0 + seconds(14));
  CHECK(session.notices().empty());
  CHECK(kinds(session.take_events()) == "bshTPadsnn");
}

TEST_CASE("Session: an answer taken back by a mash says so, and the mash's other hints do not replace it")
{
  const plan::Plan plan = test::plan_from("title Q\nexercise Check\nquestion Gone?\nyes Good.\nno Rest.\n");
  const TimePoint t0{};
  Session session(plan, true, t0);
  session.key(t0 + seconds(2));
  session.answer_key(false, t0 + seconds(2));
  for (const auto at : {milliseconds(2100), milliseconds(2200), milliseconds(2300)}) {
    session.key(t0 + at);
    session.answer_key(true, t0 + at);
  }
  REQUIRE(session.notices().size() == 1);
  CHECK(session.notices()[0].hint == Hint::canceled);
  CHECK(kinds(session.take_events()) == "bsPth");
}

TEST_CASE("Session hold_lead_in: a lead-in waits at its deadline while its cue is said, then goes on")
{
  const plan::Plan plan = test::plan_from("title T\nexercise E\ncontract 10s Go.\n", {.ready = seconds(3)});
  const TimePoint t0{};
  Session session(plan, false, t0);
  session.hold_lead_in(true, t0 + seconds(1)); // not due yet: nothing
  CHECK_FALSE(session.held());
  session.hold_lead_in(true, t0 + seconds(5));
  CHECK(session.held());
  session.update(t0 + seconds(5));
  CHECK(session.index() == 0);
  session.hold_lead_in(false, t0 + seconds(6));
  CHECK_FALSE(session.held());
  session.update(t0 + seconds(6));
  CHECK(session.index() == 1);
  CHECK(session.deadline() == t0 + seconds(16));
}

TEST_CASE("Session: help, suspend, unattended, interrupt, and q after the end, each an event")
{
  const plan::Plan plan = test::plan_from(k_calf);
  const TimePoint t0{};
  Session session(plan, true, t0);
  session.toggle_help(t0);
  CHECK(session.help_shown());
  session.update(t0 + seconds(10));
  CHECK_FALSE(session.help_shown()); // each step starts without it
  session.suspend(t0 + seconds(11));
  CHECK(session.paused());
  session.carry_on(t0 + seconds(20));
  session.stop_waiting(t0 + seconds(20));
  session.interrupt(t0 + seconds(21));
  CHECK(session.summary(t0 + seconds(21)).outcome == Outcome::interrupted);
  session.request_stop(t0 + seconds(22));
  session.interrupt(t0 + seconds(23));
  CHECK(kinds(session.take_events()) == "bs?dspzcwfQQ");
}

TEST_SUITE_END();
