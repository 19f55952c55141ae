// SPDX-License-Identifier: MIT
#include "live/screen_view.h"

#include "support/fake_clock.h"
#include "support/fake_terminal.h"
#include "support/listening.h"
#include "support/plans.h"

#include <doctest/doctest.h>

using namespace stretch;
using std::chrono::milliseconds;
using std::chrono::seconds;

namespace {

struct Rig
{
  test::FakeClock clock;
  test::FakeTerminal terminal{clock};
  live::Options options;
  const plan::Plan plan = test::plan_from("title Q\nexercise Check\nquestion Gone?\nyes Good.\nno Rest.\n"
                                          "exercise Calf\ncontract 10s Down.\n");
  live::ScreenView view{plan, options, terminal};
  session::Session session{plan, true, clock.now()};

  // What the last frame drawn says, without its cursor moves.
  std::string last_frame() const
  {
    for (auto it = terminal.writes.rbegin(); it != terminal.writes.rend(); ++it) {
      if (it->text.find("\x1b[K") != std::string::npos) {
        return it->text;
      }
    }
    return "";
  }
};

} // namespace

TEST_SUITE_BEGIN("live/screen_view");

TEST_CASE("ScreenView draws on events and on each new second, never in between")
{
  Rig rig;
  test::tell(rig.session, rig.view, rig.clock.now());
  CHECK(rig.terminal.output.starts_with("Q (0:20)\n"));
  CHECK(rig.last_frame().find("QUESTION  y yes · n no") != std::string::npos);
  const std::size_t frames = rig.terminal.writes.size();
  rig.clock.advance(milliseconds(300));
  test::tell(rig.session, rig.view, rig.clock.now());
  CHECK(rig.terminal.writes.size() == frames); // nothing changed
  rig.clock.advance(milliseconds(900));
  rig.session.key(rig.clock.now());
  rig.session.answer_key(true, rig.clock.now());
  test::tell(rig.session, rig.view, rig.clock.now());
  CHECK(rig.last_frame().find("YES  0:02") != std::string::npos);
  CHECK(rig.view.next_wake(rig.session, rig.clock.now()) == rig.clock.now() + seconds(1));
}

TEST_CASE("ScreenView keeps an answer's advice and a device's notice in sight for their time")
{
  Rig rig;
  test::tell(rig.session, rig.view, rig.clock.now());
  rig.clock.advance(seconds(2));
  rig.session.key(rig.clock.now());
  rig.session.answer_key(false, rig.clock.now());
  rig.session.tell("espeak-ng did not finish in time: going on without the voice", rig.clock.now());
  rig.clock.advance(seconds(2));
  test::tell(rig.session, rig.view, rig.clock.now()); // counted: the hold starts
  CHECK(rig.last_frame().find("No: Rest.") != std::string::npos);
  CHECK(rig.last_frame().find("espeak-ng did not finish in time") != std::string::npos);
  rig.clock.advance(seconds(9));
  test::tell(rig.session, rig.view, rig.clock.now());
  CHECK(rig.last_frame().find("espeak-ng") == std::string::npos); // 10 s after it was told
  CHECK(rig.last_frame().find("No: Rest.") != std::string::npos);
}

TEST_CASE("ScreenView redraws for a new window size, clears before a suspend, and ends with the summary")
{
  Rig rig;
  test::tell(rig.session, rig.view, rig.clock.now());
  const std::size_t frames = rig.terminal.writes.size();
  rig.terminal.set_size(40, 10);
  test::tell(rig.session, rig.view, rig.clock.now());
  CHECK(rig.terminal.writes.size() == frames + 1);
  rig.session.suspend(rig.clock.now());
  test::tell(rig.session, rig.view, rig.clock.now());
  CHECK(rig.terminal.output.find("\x1b[J") != std::string::npos);
  rig.session.stop(session::Outcome::stopped, rig.clock.now());
  rig.session.tell("aplay failed (exit status 1): ringing the terminal bell instead", rig.clock.now());
  test::tell(rig.session, rig.view, rig.clock.now());
  CHECK(rig.terminal.output.find("Stopped early: Q\n") != std::string::npos);
  CHECK(rig.terminal.output.ends_with("aplay failed (exit status 1): ringing the terminal bell instead\n"));
}

TEST_SUITE_END();
