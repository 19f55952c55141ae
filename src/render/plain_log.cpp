// SPDX-License-Identifier: MIT
// One line per event, for logs, pipes and screen readers (`--plain`, or no terminal).
#include "render/plain_log.h"

#include "i18n/format.h"
#include "render/glyphs.h"
#include "render/session_words.h"
#include "render/step_text.h"
#include "util/terminal_text.h"

#include <fmt/format.h>

namespace stretch::render {

std::string format_elapsed(routine::Duration elapsed)
{
  const long long seconds = std::max<long long>(0, elapsed.count()) / 1000;
  if (seconds >= 3600) {
    return fmt::format("{}:{:02}:{:02}", seconds / 3600, (seconds / 60) % 60, seconds % 60);
  }
  return fmt::format("{:02}:{:02}", seconds / 60, seconds % 60);
}

std::string plain_step_line(const plan::PlanStep& step, routine::Duration elapsed, bool keys, bool unicode)
{
  std::string line = fmt::format("{} {}", format_elapsed(elapsed), step.exercise);
  if (!step.side.empty()) {
    line += ' ' + side_upper(step);
  }
  if (const std::string rep = rep_text(step); !rep.empty()) {
    line += ' ' + i18n::trf("rep {rep}", fmt::arg("rep", rep));
  }
  line += fmt::format(" {} ", phase_word(step));
  if (!step.waits()) {
    line += routine::format_duration(step.duration);
  } else if (keys) {
    line += step.kind == routine::StepKind::question
              ? i18n::trf("({yes_key} or {no_key})", fmt::arg("yes_key", answer_key(true)), fmt::arg("no_key", answer_key(false)))
              : std::string(i18n::tr("(Enter when done)"));
  } else {
    line += i18n::trf("(goes on after {time})", fmt::arg("time", routine::format_duration(step.duration)));
  }
  if (const std::string cue = step_cue(step); !cue.empty()) {
    line += ' ' + cue;
  }
  line = for_locale(util::terminal_safe(line), unicode) + '\n';
  if (step.kind == routine::StepKind::question && !keys) {
    line += for_locale(util::terminal_safe("      " + i18n::trf("yes: {advice}", fmt::arg("advice", step.yes.advice))), unicode) + '\n';
    line += for_locale(util::terminal_safe("      " + i18n::trf("no: {advice}", fmt::arg("advice", step.no.advice))), unicode) + '\n';
  }
  return line;
}

std::string plain_event_line(std::string_view what, routine::Duration elapsed)
{
  return format_elapsed(elapsed) + ' ' + std::string(what) + '\n';
}

std::string plain_answer_line(const plan::PlanStep& question, bool yes, routine::Duration elapsed, bool unicode)
{
  const routine::Answer& answer = yes ? question.yes : question.no;
  return for_locale(util::terminal_safe(format_elapsed(elapsed) + ' '
                                        + (yes ? i18n::trf("answer yes: {advice}", fmt::arg("advice", answer.advice))
                                               : i18n::trf("answer no: {advice}", fmt::arg("advice", answer.advice)))),
                    unicode)
         + '\n';
}

} // namespace stretch::render
