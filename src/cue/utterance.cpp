// What the voice says for each step: short, and in the order a runner needs it.
#include "cue/utterance.h"

#include "render/step_text.h"

#include <fmt/format.h>

namespace stretch::cue {
namespace {

// Ends `text` with a full stop, so that the voice pauses before what follows.
std::string sentence(std::string text)
{
  while (!text.empty() && text.back() == ' ') {
    text.pop_back();
  }
  if (!text.empty() && text.back() != '.' && text.back() != '?' && text.back() != '!') {
    text += '.';
  }
  return text;
}

std::string capitalized(std::string word)
{
  if (!word.empty() && word[0] >= 'a' && word[0] <= 'z') {
    word[0] = static_cast<char>(word[0] - 'a' + 'A');
  }
  return word;
}

} // namespace

std::string spoken_duration(std::chrono::milliseconds d)
{
  const long long seconds = (d.count() + 999) / 1000;
  const long long minutes = seconds / 60;
  const long long rest = seconds % 60;
  const auto unit = [](long long n, std::string_view word) {
    return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
  };
  if (minutes == 0) {
    return unit(rest, "second");
  }
  return rest == 0 ? unit(minutes, "minute") : unit(minutes, "minute") + " " + unit(rest, "second");
}

std::string utterance(const plan::PlanStep& step, bool keys)
{
  using routine::StepKind;
  std::string words;
  switch (step.kind) {
  case StepKind::ready:
    words = fmt::format("Get ready. {} {}", sentence(step.exercise), sentence(render::step_cue(step)));
    break;
  case StepKind::switch_sides:
    words = fmt::format("Switch sides. {} side. {}", capitalized(step.side), sentence(step.text));
    break;
  case StepKind::manual:
    words = sentence(step.text);
    break;
  case StepKind::question:
    words = sentence(step.text);
    if (!keys) {
      words += fmt::format(" If yes: {} If no: {}", sentence(step.yes.advice), sentence(step.no.advice));
    }
    break;
  default:
    if (!step.side.empty() && step.new_side) {
      words = fmt::format("Switch sides. {} side. ", capitalized(step.side));
    } else if (!step.side.empty()) {
      words = fmt::format("{} side. ", capitalized(step.side));
    }
    words += fmt::format("{}. ", capitalized(std::string(routine::keyword(step.kind))));
    if (!step.text.empty()) {
      words += sentence(step.text) + ' ';
    }
    words += spoken_duration(step.duration) + '.';
    break;
  }
  return words;
}

} // namespace stretch::cue
