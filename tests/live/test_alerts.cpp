// SPDX-License-Identifier: MIT
#include "live/alerts.h"

#include "support/fake_clock.h"
#include "support/fake_speech.h"
#include "support/fake_terminal.h"
#include "support/listening.h"
#include "support/plans.h"

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <fmt/ranges.h>

using namespace stretch;
using std::chrono::milliseconds;
using std::chrono::seconds;

namespace {

// The seconds after the epoch at which a bell rang, sampling the session every 100 ms.
std::vector<long> bells_of(test::FakeClock& clock, test::FakeTerminal& terminal, session::Session& session,
                           live::Alerts& alerts, util::Duration length)
{
  for (util::Duration at{0}; at <= length; at += milliseconds(100)) {
    clock.set(clock.epoch() + at);
    test::tell(session, alerts, clock.now());
  }
  std::vector<long> rang;
  for (const auto& write : terminal.writes) {
    if (write.text == "\a") {
      rang.push_back(std::chrono::duration_cast<milliseconds>(write.at - clock.epoch()).count());
    }
  }
  return rang;
}

} // namespace

TEST_SUITE_BEGIN("live/alerts");

TEST_CASE("Alerts ring the bell at each change, 3-2-1 before the end of a hold, and three times at the end")
{
  test::FakeClock clock;
  test::FakeTerminal terminal(clock);
  live::Options options;
  options.sound = live::Sound::bell;
  options.bell = true;
  const plan::Plan plan = test::plan_from("title T\nexercise E\ncontract 10s Go.\n");
  live::Alerts alerts(plan, options, nullptr, nullptr, terminal);
  session::Session session(plan, false, clock.now());
  const std::vector<long> rang = bells_of(clock, terminal, session, alerts, seconds(12));
  CAPTURE(fmt::format("{}", fmt::join(rang, " ")));
  REQUIRE(rang.size() == 7);
  CHECK(std::vector<long>(rang.begin(), rang.begin() + 5) == std::vector<long>{0, 7000, 8000, 9000, 10000});
  CHECK(rang[5] > rang[4]);
  CHECK(rang[6] > rang[5]);
  CHECK(rang[6] < 11000); // the end's three bells close together
}

TEST_CASE("Alerts after the end: the last words are waited for, 5 s past their time at most, unless hushed")
{
  test::FakeClock clock;
  test::FakeTerminal terminal(clock);
  test::FakeSpeech speech(clock);
  device::AudioQueue audio(&speech, nullptr);
  live::Options options;
  options.sound = live::Sound::off;
  const plan::Plan plan = test::plan_from("title T\nexercise E\ncontract 2s Go.\n");
  live::Alerts alerts(plan, options, &audio, nullptr, terminal);
  session::Session session(plan, false, clock.now());
  test::tell(session, alerts, clock.now());
  clock.advance(seconds(2));
  audio.update(clock.now());
  test::tell(session, alerts, clock.now());
  REQUIRE(session.finished());
  CHECK(alerts.finishing(clock.now()));
  CHECK(speech.said.back().text == "Done. Well stretched.");
  SUBCASE("speech that hangs is given up on")
  {
    speech.set_length([](std::string_view) { return seconds(100); });
    CHECK_FALSE(alerts.finishing(clock.now() + seconds(30)));
  }
  SUBCASE("q after the end")
  {
    session.request_stop(clock.now());
    test::tell(session, alerts, clock.now());
    CHECK_FALSE(alerts.finishing(clock.now()));
    CHECK(speech.said.back().cut);
  }
}

TEST_CASE("Alerts hold a lead-in while its cue is said")
{
  test::FakeClock clock;
  test::FakeTerminal terminal(clock);
  test::FakeSpeech speech(clock);
  device::AudioQueue audio(&speech, nullptr);
  live::Options options;
  options.sound = live::Sound::off;
  const plan::Plan plan = test::plan_from("title T\nexercise E\ncontract 2s Go.\n", {.ready = seconds(1)});
  live::Alerts alerts(plan, options, &audio, nullptr, terminal);
  session::Session session(plan, false, clock.now());
  test::tell(session, alerts, clock.now());
  audio.update(clock.now());
  CHECK(alerts.holds_lead_in());
  clock.advance(seconds(30));
  audio.update(clock.now());
  CHECK_FALSE(alerts.holds_lead_in());
}

TEST_SUITE_END();
