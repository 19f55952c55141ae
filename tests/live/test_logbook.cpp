// SPDX-License-Identifier: MIT
#include "live/logbook.h"

#include "history/record.h"
#include "support/fake_clock.h"
#include "support/fake_store.h"
#include "support/fake_terminal.h"
#include "support/listening.h"
#include "support/plans.h"

#include <doctest/doctest.h>

using namespace stretch;
using std::chrono::seconds;

namespace {

constexpr std::string_view k_midrun = "title Mid\nepisode numbness\nexercise Check\nquestion 30s Gone?\nyes Good.\n"
                                      "no Call it a day.\nstop-if no\n";

struct Rig
{
  test::FakeClock clock;
  test::FakeWallClock wall{clock};
  test::FakeTerminal terminal{clock};
  test::FakeStore store;
  util::StringSink err;
  live::Options options;

  Rig() { options.log = true; }

  // Runs `plan` without keys to its end, or answers its question `reply` a second in.
  void run(const plan::Plan& plan, history::Store* kept, std::optional<bool> reply = std::nullopt)
  {
    live::Logbook logbook(plan, options, kept, wall, terminal, err);
    session::Session session(plan, reply.has_value(), clock.now());
    test::tell(session, logbook, clock.now());
    if (reply) {
      clock.advance(seconds(2));
      session.key(clock.now());
      session.answer_key(*reply, clock.now());
      test::tell(session, logbook, clock.now());
    }
    clock.advance(seconds(60));
    test::tell(session, logbook, clock.now());
    REQUIRE(session.finished());
  }
};

history::SessionRecord numb_day(std::chrono::sys_seconds start)
{
  history::SessionRecord record;
  record.start = start;
  record.start_text = history::format_local_iso(start);
  record.routine = "midrun";
  record.episode = "numbness";
  record.active_seconds = 300;
  record.steps_done = 5;
  record.answers = {{0, "Has the numbness gone?", false}};
  return record;
}

} // namespace

TEST_SUITE_BEGIN("live/logbook");

TEST_CASE("Logbook adds the session once, when it ends, as it began on the wall clock")
{
  Rig rig;
  const plan::Plan plan = test::plan_from("title Two\nexercise Calf\ncontract 10s Down.\ncontract 20s Up.\n");
  rig.run(plan, &rig.store);
  REQUIRE(rig.store.records.size() == 1);
  const history::SessionRecord& record = rig.store.records[0];
  CHECK(record.start == rig.wall.now() - seconds(60));
  CHECK(record.outcome == session::Outcome::done);
  CHECK(record.holds_done == 2);
  CHECK(record.active_seconds == 30);
  CHECK(rig.err.text().empty());
  CHECK(rig.terminal.output.empty()); // no numbness: no advice
}

TEST_CASE("Logbook: an answer travels from the session to the record as it was given")
{
  Rig rig;
  rig.run(test::plan_from(k_midrun), &rig.store, false);
  REQUIRE(rig.store.records.size() == 1);
  REQUIRE(rig.store.records[0].answers.size() == 1);
  CHECK(rig.store.records[0].answers[0].question == "Gone?");
  CHECK(rig.store.records[0].answers[0].reply == false);
}

TEST_CASE("Logbook: --no-log adds nothing, and no home or a store that fails is one warning")
{
  const plan::Plan plan = test::plan_from("title T\nexercise E\ncontract 5s Go.\n");
  SUBCASE("--no-log")
  {
    Rig rig;
    rig.options.log = false;
    rig.run(plan, &rig.store);
    CHECK(rig.store.adds == 0);
    CHECK(rig.err.text().empty());
  }
  SUBCASE("no home folder")
  {
    Rig rig;
    rig.run(plan, nullptr);
    CHECK(rig.err.text() == "stretch: warning: this session is not logged: no home folder to keep the history in\n");
  }
  SUBCASE("a full disk")
  {
    Rig rig;
    rig.store.failure = "cannot write /home/r/.local/state/stretch/history.tsv: No space left on device";
    rig.run(plan, &rig.store);
    CHECK(rig.store.adds == 1);
    CHECK(rig.err.text()
          == "stretch: warning: this session is not logged: cannot write /home/r/.local/state/stretch/history.tsv: "
             "No space left on device\n");
  }
}

TEST_CASE("Logbook: numbness on a third day brings the advice, in the session's own colors, counted once")
{
  Rig rig;
  const auto now = rig.wall.now();
  for (const int days_ago : {2, 5}) {
    rig.store.records.push_back(numb_day(now - std::chrono::days(days_ago)));
  }
  rig.options.palette = render::Palette::colored(render::Theme::light, render::ColorDepth::cube256);
  rig.run(test::plan_from(k_midrun), &rig.store, false);
  CHECK(rig.store.reads == 1);
  CHECK(rig.store.records.size() == 3);
  const std::string warning = render::styled(rig.options.palette.warning, "|");
  CAPTURE(rig.terminal.output);
  CHECK(rig.terminal.output.starts_with(warning.substr(0, warning.find('|')) + "Your feet went numb on 3 days"));
  CHECK(rig.terminal.output.find("\x1b[1m\x1b[33m") == std::string::npos); // never the dark theme's yellow
}

TEST_CASE("Logbook: numbness on two days is no call for the advice yet")
{
  Rig rig;
  history::SessionRecord earlier = numb_day(rig.wall.now() - std::chrono::days(3));
  earlier.answers[0].reply = true; // the numbness went
  rig.store.records.push_back(earlier);
  rig.run(test::plan_from(k_midrun), &rig.store, false);
  CHECK(rig.store.records.size() == 2);
  CHECK(rig.terminal.output.empty());
}

TEST_SUITE_END();
