// SPDX-License-Identifier: MIT
#include "live/driver.h"

#include "support/fake_clock.h"
#include "support/fake_terminal.h"
#include "support/plans.h"

#include <csignal>
#include <doctest/doctest.h>

using namespace stretch;
using session::Event;
using std::chrono::milliseconds;
using std::chrono::seconds;

namespace {

// Records the events it is told, and can ask for wake-ups, hold a lead-in or finish late.
class Recorder : public live::Listener
{
public:
  void on_event(const Event& event, const session::Session& /*session*/, util::TimePoint now) override
  {
    events.push_back(event.kind);
    told_at.push_back(now);
  }
  void on_wake(const session::Session& /*session*/, util::TimePoint now) override { wakes.push_back(now); }
  std::optional<util::TimePoint> next_wake(const session::Session& /*session*/, util::TimePoint now) const override
  {
    for (const auto& at : {wake_at, finish_by}) {
      if (at && *at > now) {
        return at;
      }
    }
    return std::nullopt;
  }
  bool holds_lead_in() const override { return hold; }
  bool finishing(util::TimePoint now) const override { return finish_by && now < *finish_by; }

  std::vector<Event::Kind> events;
  std::vector<util::TimePoint> told_at;
  std::vector<util::TimePoint> wakes;
  std::optional<util::TimePoint> wake_at;
  std::optional<util::TimePoint> finish_by;
  bool hold = false;
};

struct Rig
{
  test::FakeClock clock;
  test::FakeTerminal terminal{clock};
  live::DeviceWatch devices{{}, false};
  Recorder first;
  Recorder second;

  live::Ending run(const plan::Plan& plan, bool keys = true)
  {
    live::Driver driver(plan, keys, clock, terminal, {&first, &second}, devices);
    return driver.run();
  }
};

constexpr std::string_view k_two = "title Two\nexercise Calf\ncontract 10s Down.\ncontract 20s Up.\n";

} // namespace

TEST_SUITE_BEGIN("live/driver");

TEST_CASE("Driver tells every listener every event, in order, and sleeps until the next change")
{
  Rig rig;
  const live::Ending ending = rig.run(test::plan_from(k_two));
  CHECK(ending.summary.outcome == session::Outcome::done);
  CHECK(ending.signal == 0);
  const std::vector<Event::Kind> expected{Event::Kind::began,   Event::Kind::started,  Event::Kind::done,
                                          Event::Kind::started, Event::Kind::done,     Event::Kind::finished,
                                          Event::Kind::hushed};
  CHECK(rig.first.events == expected);
  CHECK(rig.second.events == expected);
  CHECK(rig.clock.now() == rig.clock.epoch() + seconds(30));
  CHECK(rig.terminal.waits.size() == 2); // one sleep a step: nothing else asked to wake
}

TEST_CASE("Driver wakes for a listener, and waits at the end while one is finishing")
{
  Rig rig;
  rig.second.wake_at = rig.clock.epoch() + milliseconds(2500);
  rig.first.finish_by = rig.clock.epoch() + seconds(33);
  rig.run(test::plan_from(k_two));
  CHECK(std::find(rig.first.wakes.begin(), rig.first.wakes.end(), rig.clock.epoch() + milliseconds(2500))
        != rig.first.wakes.end());
  CHECK(rig.clock.now() == rig.clock.epoch() + seconds(33));
}

TEST_CASE("Driver holds a lead-in while a listener needs it")
{
  Rig rig;
  rig.first.hold = true;
  const plan::Plan plan = test::plan_from(k_two, {.ready = seconds(5)});
  rig.terminal.key_at(seconds(20), 'q');
  rig.terminal.key_at(seconds(21), 'q');
  const live::Ending ending = rig.run(plan);
  CHECK(ending.summary.outcome == session::Outcome::stopped);
  CHECK(ending.summary.holds_done == 0); // still in the lead-in at 20 s
}

TEST_CASE("Driver: keys become the session's actions, signals interrupt, Ctrl-Z suspends")
{
  SUBCASE("? shows the keys")
  {
    Rig rig;
    rig.terminal.key_at(seconds(1), '?');
    rig.run(test::plan_from(k_two));
    CHECK(std::count(rig.first.events.begin(), rig.first.events.end(), Event::Kind::help) == 1);
  }
  SUBCASE("SIGTERM: interrupted, with the signal")
  {
    Rig rig;
    rig.terminal.at(seconds(3), {term::Input::Kind::signal, {}, SIGTERM});
    const live::Ending ending = rig.run(test::plan_from(k_two));
    CHECK(ending.summary.outcome == session::Outcome::interrupted);
    CHECK(ending.signal == SIGTERM);
    CHECK(rig.clock.now() == rig.clock.epoch() + seconds(3));
  }
  SUBCASE("Ctrl-Z: paused and suspended, then continued")
  {
    Rig rig;
    rig.terminal.at(seconds(3), {term::Input::Kind::signal, {}, SIGTSTP});
    rig.terminal.key_at(seconds(5), ' ');
    rig.run(test::plan_from(k_two));
    CHECK(rig.terminal.suspends == 1);
    const auto at = std::find(rig.first.events.begin(), rig.first.events.end(), Event::Kind::suspended);
    REQUIRE(at != rig.first.events.end());
    CHECK(*(at - 1) == Event::Kind::paused);
    CHECK(*(at + 1) == Event::Kind::continued);
  }
  SUBCASE("the output gone: interrupted as by SIGPIPE")
  {
    Rig rig;
    rig.terminal.at(seconds(3), {term::Input::Kind::gone, {}, 0});
    const live::Ending ending = rig.run(test::plan_from(k_two));
    CHECK(ending.signal == SIGPIPE);
  }
  SUBCASE("the keys end: the session goes on unattended")
  {
    Rig rig;
    rig.terminal.at(seconds(3), {term::Input::Kind::end, {}, 0});
    rig.run(test::plan_from(k_two));
    CHECK(std::count(rig.first.events.begin(), rig.first.events.end(), Event::Kind::unattended) == 1);
  }
}

TEST_SUITE_END();
