// SPDX-License-Identifier: MIT
// What the voice says for each step: short, and in the order a runner needs it.
#include "device/utterance.h"

#include "render/step_text.h"
#include "util/strings.h"

#include <fmt/format.h>

namespace stretch::device {
namespace {

// Ends `text` with a full stop, so that the voice pauses before what follows.
std::string sentence(std::string_view written)
{
  std::string text(written);
  while (!text.empty() && text.back() == ' ') {
    text.pop_back();
  }
  if (!text.empty() && text.back() != '.' && text.back() != '?' && text.back() != '!') {
    text += '.';
  }
  return text;
}

// `text` with its first letter a capital and the rest as written, or all lowered when
// it is written all in capitals (a label like `PRESS · calf` reads "Press · calf").
std::string capitalized(std::string_view written)
{
  std::string text(written);
  for (char& c : text) {
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    } else if (c == ' ') {
      break; // only the first word is lowered: `PRESS · calf` -> `press · calf`
    }
  }
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') {
    text[0] = static_cast<char>(text[0] - 'a' + 'A');
  }
  return text;
}

std::string side_sentence(const plan::PlanStep& step)
{
  return step.side.empty() ? std::string() : fmt::format("{} side. ", capitalized(step.side));
}

} // namespace

std::string spoken_duration(std::chrono::milliseconds d)
{
  const long long seconds = routine::ceil_seconds(d).count();
  const long long minutes = seconds / 60;
  const long long rest = seconds % 60;
  const auto unit = util::plural;
  if (minutes == 0) {
    return unit(rest, "second");
  }
  return rest == 0 ? unit(minutes, "minute") : unit(minutes, "minute") + " " + unit(rest, "second");
}

std::string short_utterance(const plan::PlanStep& step, bool label_only)
{
  using routine::StepKind;
  const std::string label = sentence(capitalized(render::phase_word(step)));
  if (label_only) {
    return label;
  }
  std::string words;
  if (step.kind == StepKind::switch_sides) {
    return "Switch sides. " + side_sentence(step);
  }
  if (step.kind == StepKind::ready) {
    words += side_sentence(step);
  } else if (step.new_side) {
    words += "Switch sides. " + side_sentence(step);
  }
  if (step.rep_start && step.reps > 1) {
    words += fmt::format("Rep {} of {}. ", step.rep, step.reps);
  }
  return words + label;
}

std::string utterance(const plan::PlanStep& step, bool keys)
{
  using routine::StepKind;
  // The side is said when it is new: in a lead-in, or on the first step of a side that
  // has none. The rep, at the start of each rep.
  std::string words;
  switch (step.kind) {
  case StepKind::ready:
    return fmt::format("Get ready. {} {}{}", sentence(step.exercise), side_sentence(step), sentence(render::step_cue(step)));
  case StepKind::switch_sides:
    return fmt::format("Switch sides. {}{}", side_sentence(step), sentence(step.text));
  default:
    break;
  }
  if (step.new_side) {
    words = "Switch sides. " + side_sentence(step);
  }
  if (step.rep_start && step.reps > 1) {
    words += fmt::format("Rep {} of {}. ", step.rep, step.reps);
  }
  switch (step.kind) {
  case StepKind::manual:
    words += sentence(step.text);
    break;
  case StepKind::question:
    words += sentence(step.text);
    if (!keys) {
      words += fmt::format(" If yes: {} If no: {}", sentence(step.yes.advice), sentence(step.no.advice));
    }
    break;
  default:
    words += sentence(capitalized(step.label.empty() ? routine::keyword(step.kind) : step.label)) + ' ';
    if (!step.text.empty()) {
      words += sentence(step.text) + ' ';
    }
    words += spoken_duration(step.duration) + '.';
    break;
  }
  return words;
}

} // namespace stretch::device
