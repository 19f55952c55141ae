// SPDX-License-Identifier: MIT
// What a running session says in words besides the routine's own text.
#include "render/session_words.h"

#include <fmt/format.h>

namespace stretch::render {

using session::Event;

std::optional<std::string> plain_event_words(const Event& event)
{
  switch (event.kind) {
  case Event::Kind::skipped:
    return "skipped";
  case Event::Kind::restarted:
    return "again";
  case Event::Kind::paused:
    return "paused";
  case Event::Kind::resumed:
    return "resumed";
  case Event::Kind::proposed:
    return fmt::format("answer {}, counts in {} s: y or n changes it, Backspace takes it back",
                       event.yes ? "yes" : "no",
                       std::chrono::duration_cast<std::chrono::seconds>(session::k_answer_delay).count());
  case Event::Kind::taken_back:
    return "answer taken back";
  case Event::Kind::hint:
    return hint_text(event.hint, event.yes);
  case Event::Kind::stopping:
    return fmt::format("stopping in {} s: r goes on, q stops now",
                       std::chrono::duration_cast<std::chrono::seconds>(session::k_stop_grace).count());
  case Event::Kind::stop_undone:
    return "going on";
  case Event::Kind::began:
  case Event::Kind::started:
  case Event::Kind::done:
  case Event::Kind::answered:
  case Event::Kind::help:
  case Event::Kind::told:
  case Event::Kind::notice_ended:
  case Event::Kind::suspended:
  case Event::Kind::continued:
  case Event::Kind::unattended:
  case Event::Kind::finished:
  case Event::Kind::hushed:
    break;
  }
  return std::nullopt;
}

std::string hint_text(session::Hint hint, bool yes)
{
  switch (hint) {
  case session::Hint::early:
    return fmt::format("Hold on: read the question, then press {} again.", yes ? 'y' : 'n');
  case session::Hint::hurried:
    return fmt::format("Hold on: keys came fast. Let go a second, then press {} again.", yes ? 'y' : 'n');
  case session::Hint::canceled:
    return "Answer taken back: keys came fast. Let go a second, then answer again.";
  }
  return {};
}

std::string answer_notice(bool yes, std::string_view advice)
{
  return fmt::format("{} {}", yes ? "Yes:" : "No:", advice);
}

std::string device_notice(const util::ProgramProblem& problem, DeviceRole role, bool bell)
{
  const std::string what = problem.kind == util::ProgramProblem::Kind::hung
                             ? fmt::format("{} did not finish in time", problem.program)
                             : fmt::format("{} failed ({})", problem.program, problem.detail);
  if (!problem.replacement.empty()) {
    return fmt::format("{}: using {} instead", what, problem.replacement);
  }
  switch (role) {
  case DeviceRole::player:
    return fmt::format("{}: {}", what, bell ? "ringing the terminal bell instead" : "going on without sound");
  case DeviceRole::voice:
    return fmt::format("{}: going on without the voice", what);
  case DeviceRole::vibrator:
    return fmt::format("{}: going on without the buzz (is the Termux:API app installed?)", what);
  case DeviceRole::wake_lock:
    return fmt::format("{}: the phone may sleep during the session (is the Termux:API app installed?)", what);
  case DeviceRole::notifier:
    return fmt::format("{}: no more desktop notifications", what);
  }
  return what;
}

std::string question_notification(std::string_view question)
{
  return fmt::format("A question waits: {}", question);
}

std::string end_notification(const session::Summary& summary)
{
  if (summary.ended_by_answer) {
    return "Ended by your answer.";
  }
  return fmt::format("Done: {} of {} holds.", summary.holds_done, summary.holds_planned);
}

std::string_view stopping_word()
{
  return "STOPPING";
}

std::string_view waiting_for_voice()
{
  return "waiting for the voice";
}

} // namespace stretch::render
