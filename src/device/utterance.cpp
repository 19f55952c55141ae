// SPDX-License-Identifier: MIT
// What the voice says for each step: short, and in the order a runner needs it.
#include "device/utterance.h"

#include "i18n/format.h"
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

// `text` with its first letter a capital and the rest as written, or its first word
// lowered when written in capitals (a label like `PRESS · calf` reads "Press · calf",
// `DRÜCKEN · Wade` "Drücken · Wade").
std::string capitalized(std::string_view written)
{
  const std::size_t space = std::min(written.find(' '), written.size());
  std::string text = util::lower_latin(written.substr(0, space)) + std::string(written.substr(space));
  // The first letter a capital: its first byte, or the two of a Latin-1 letter.
  const std::size_t first = text.starts_with('\xC3') ? 2 : 1;
  return util::upper_latin(std::string_view(text).substr(0, std::min(first, text.size()))) + text.substr(std::min(first, text.size()));
}

std::string side_sentence(const plan::PlanStep& step)
{
  return step.side.empty() ? std::string()
                           : i18n::trf("{side} side. ", fmt::arg("side", capitalized(render::side_name(step.side))));
}

std::string switch_sides()
{
  return i18n::tr("Switch sides. ");
}

std::string rep_sentence(const plan::PlanStep& step)
{
  return i18n::trf("Rep {rep} of {reps}. ", fmt::arg("rep", step.rep), fmt::arg("reps", step.reps));
}

} // namespace

std::string spoken_duration
(std::chrono::milliseconds d)
{
  const long long seconds = routine::ceil_seconds(d).count();
  const long long minutes = seconds / 60;
  const long long rest = seconds % 60;
  const auto in_seconds = [](long long n) { return i18n::trnf("{n} second", "{n} seconds", n); };
  const auto in_minutes = [](long long n) { return i18n::trnf("{n} minute", "{n} minutes", n); };
  if (minutes == 0) {
    return in_seconds(rest);
  }
  return rest == 0 ? in_minutes(minutes)
                   : i18n::trf("{minutes} {seconds}", fmt::arg("minutes", in_minutes(minutes)),
                               fmt::arg("seconds", in_seconds(rest)));
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
    return switch_sides() + side_sentence(step);
  }
  if (step.kind == StepKind::ready) {
    words += side_sentence(step);
  } else if (step.new_side) {
    words += switch_sides() + side_sentence(step);
  }
  if (step.rep_start && step.reps > 1) {
    words += rep_sentence(step);
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
    return i18n::trf("Get ready. {exercise} {side}{cue}", fmt::arg("exercise", sentence(step.exercise)),
                     fmt::arg("side", side_sentence(step)), fmt::arg("cue", sentence(render::step_cue(step))));
  case StepKind::switch_sides:
    return switch_sides() + side_sentence(step) + sentence(step.text);
  default:
    break;
  }
  if (step.new_side) {
    words = switch_sides() + side_sentence(step);
  }
  if (step.rep_start && step.reps > 1) {
    words += rep_sentence(step);
  }
  switch (step.kind) {
  case StepKind::manual:
    words += sentence(step.text);
    break;
  case StepKind::question:
    words += sentence(step.text);
    if (!keys) {
      words += i18n::trf(" If yes: {yes} If no: {no}", fmt::arg("yes", sentence(step.yes.advice)),
                         fmt::arg("no", sentence(step.no.advice)));
    }
    break;
  default:
    words += sentence(capitalized(step.label.empty() ? render::kind_word(step.kind) : step.label)) + ' ';
    if (!step.text.empty()) {
      words += sentence(step.text) + ' ';
    }
    words += spoken_duration(step.duration) + '.';
    break;
  }
  return words;
}

} // namespace stretch::device
