// SPDX-License-Identifier: MIT
// What a running session says in words besides the routine's own text.
#include "render/session_words.h"

#include "i18n/format.h"
#include "term/answer_keys.h"
#include "util/utf8.h"

#include <fmt/format.h>

namespace stretch::render {

using session::Event;

std::optional<std::string> plain_event_words(const Event& event)
{
  switch (event.kind) {
  case Event::Kind::skipped:
    return i18n::tr("skipped");
  case Event::Kind::restarted:
    return i18n::tr("again");
  case Event::Kind::paused:
    return i18n::tr("paused");
  case Event::Kind::resumed:
    return i18n::tr("resumed");
  case Event::Kind::proposed: {
    const auto delay = std::chrono::duration_cast<std::chrono::seconds>(session::k_answer_delay).count();
    return event.yes ? i18n::trf("answer yes, counts in {seconds} s: y or n changes it, Backspace takes it back",
                                 fmt::arg("seconds", delay))
                     : i18n::trf("answer no, counts in {seconds} s: y or n changes it, Backspace takes it back",
                                 fmt::arg("seconds", delay));
  }
  case Event::Kind::taken_back:
    return i18n::tr("answer taken back");
  case Event::Kind::hint:
    return hint_text(event.hint, event.yes);
  case Event::Kind::stopping:
    return i18n::trf("stopping in {seconds} s: r goes on, q stops now",
                     fmt::arg("seconds", std::chrono::duration_cast<std::chrono::seconds>(session::k_stop_grace).count()));
  case Event::Kind::stop_undone:
    return i18n::tr("going on");
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
    return i18n::trf("Hold on: read the question, then press {key} again.", fmt::arg("key", answer_key(yes)));
  case session::Hint::hurried:
    return i18n::trf("Hold on: keys came fast. Let go a second, then press {key} again.",
                     fmt::arg("key", answer_key(yes)));
  case session::Hint::canceled:
    return i18n::tr("Answer taken back: keys came fast. Let go a second, then answer again.");
  }
  return {};
}

std::string answer_notice(bool yes, std::string_view advice)
{
  return yes ? i18n::trf("Yes: {advice}", fmt::arg("advice", advice)) : i18n::trf("No: {advice}", fmt::arg("advice", advice));
}

std::string device_notice(const util::ProgramProblem& problem, DeviceRole role, bool bell)
{
  const std::string what =
    problem.kind == util::ProgramProblem::Kind::hung
      ? i18n::trf("{program} did not finish in time", fmt::arg("program", problem.program))
      : i18n::trf("{program} failed ({reason})", fmt::arg("program", problem.program), fmt::arg("reason", problem.detail));
  const auto then = [&](const char* english) { return i18n::trf(english, fmt::arg("problem", what)); };
  if (!problem.replacement.empty()) {
    return i18n::trf("{problem}: using {program} instead", fmt::arg("problem", what),
                     fmt::arg("program", problem.replacement));
  }
  switch (role) {
  case DeviceRole::player:
    return bell ? then(N_("{problem}: ringing the terminal bell instead")) : then(N_("{problem}: going on without sound"));
  case DeviceRole::voice:
    return then(N_("{problem}: going on without the voice"));
  case DeviceRole::vibrator:
    return then(N_("{problem}: going on without the buzz (is the Termux:API app installed?)"));
  case DeviceRole::wake_lock:
    return then(N_("{problem}: the phone may sleep during the session (is the Termux:API app installed?)"));
  case DeviceRole::notifier:
    return then(N_("{problem}: no more desktop notifications"));
  }
  return what;
}

std::string question_notification(std::string_view question)
{
  return i18n::trf("A question waits: {question}", fmt::arg("question", question));
}

std::string end_notification(const session::Summary& summary)
{
  if (summary.ended_by_answer) {
    return i18n::tr("Ended by your answer.");
  }
  return i18n::trnf("Done: {done} of {n} hold.", "Done: {done} of {n} holds.", summary.holds_planned,
                    fmt::arg("done", summary.holds_done));
}

std::string_view stopping_word()
{
  return i18n::tr("STOPPING");
}

std::string_view waiting_for_voice()
{
  return i18n::tr("waiting for the voice");
}

std::string answer_key(bool yes)
{
  const term::AnswerKeys& keys = term::answer_keys();
  return util::encode_utf8(yes ? keys.yes.front() : keys.no.front());
}


} // namespace stretch::render
