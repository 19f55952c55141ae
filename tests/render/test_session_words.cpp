// SPDX-License-Identifier: MIT
#include "render/session_words.h"

#include <doctest/doctest.h>

using namespace stretch;
using render::DeviceRole;
using util::ProgramProblem;

TEST_SUITE_BEGIN("render/session_words");

TEST_CASE("plain_event_words: a word for what the plain log tells, none for what it has lines of its own for")
{
  session::Event event;
  event.kind = session::Event::Kind::paused;
  CHECK(render::plain_event_words(event) == "paused");
  event.kind = session::Event::Kind::stopping;
  CHECK(render::plain_event_words(event) == "stopping in 5 s: r goes on, q stops now");
  event.kind = session::Event::Kind::stop_undone;
  CHECK(render::plain_event_words(event) == "going on");
  event.kind = session::Event::Kind::proposed;
  event.yes = true;
  CHECK(render::plain_event_words(event) == "answer yes, counts in 2 s: y or n changes it, Backspace takes it back");
  event.kind = session::Event::Kind::hint;
  event.hint = session::Hint::hurried;
  event.yes = false;
  CHECK(render::plain_event_words(event) == "Hold on: keys came fast. Let go a second, then press n again.");
  for (const auto kind : {session::Event::Kind::started, session::Event::Kind::done, session::Event::Kind::answered,
                          session::Event::Kind::finished}) {
    event.kind = kind;
    CHECK_FALSE(render::plain_event_words(event));
  }
}

TEST_CASE("hint_text")
{
  CHECK(render::hint_text(session::Hint::early, true) == "Hold on: read the question, then press y again.");
  CHECK(render::hint_text(session::Hint::canceled, true)
        == "Answer taken back: keys came fast. Let go a second, then answer again.");
}

TEST_CASE("device_notice: what failed, and what takes over")
{
  const ProgramProblem failed{ProgramProblem::Kind::failed, "aplay", "exit status 1", ""};
  CHECK(render::device_notice(failed, DeviceRole::player, true)
        == "aplay failed (exit status 1): ringing the terminal bell instead");
  CHECK(render::device_notice(failed, DeviceRole::player, false) == "aplay failed (exit status 1): going on without sound");
  const ProgramProblem next{ProgramProblem::Kind::failed, "aplay", "exit status 1", "paplay"};
  CHECK(render::device_notice(next, DeviceRole::player, true) == "aplay failed (exit status 1): using paplay instead");
  const ProgramProblem hung{ProgramProblem::Kind::hung, "termux-tts-speak", "", ""};
  CHECK(render::device_notice(hung, DeviceRole::voice, true)
        == "termux-tts-speak did not finish in time: going on without the voice");
  CHECK(render::device_notice({ProgramProblem::Kind::hung, "termux-vibrate", "", ""}, DeviceRole::vibrator, true)
        == "termux-vibrate did not finish in time: going on without the buzz (is the Termux:API app installed?)");
  CHECK(render::device_notice({ProgramProblem::Kind::hung, "termux-wake-lock", "", ""}, DeviceRole::wake_lock, true)
          .ends_with("the phone may sleep during the session (is the Termux:API app installed?)"));
  CHECK(render::device_notice(failed, DeviceRole::notifier, true).ends_with(": no more desktop notifications"));
}

TEST_CASE("the notifications")
{
  CHECK(render::question_notification("Gone?") == "A question waits: Gone?");
  session::Summary summary;
  summary.holds_done = 5;
  summary.holds_planned = 6;
  CHECK(render::end_notification(summary) == "Done: 5 of 6 holds.");
  summary.ended_by_answer = true;
  CHECK(render::end_notification(summary) == "Ended by your answer.");
}

TEST_SUITE_END();
