// SPDX-License-Identifier: MIT
// The words that describe a plan step, shared by every renderer and the voice.
#include "render/step_text.h"

#include <fmt/format.h>

namespace stretch::render {

std::string step_cue(const plan::PlanStep& step)
{
  switch (step.kind) {
  case routine::StepKind::ready:
    return step.text.empty() ? fmt::format("Get into position for {}.", step.exercise) : std::string(step.text);
  case routine::StepKind::switch_sides:
    return step.text.empty() ? fmt::format("Now the {} side.", step.side)
                             : fmt::format("Now the {} side. {}", step.side, step.text);
  default:
    return std::string(step.text);
  }
}

std::string phase_word(const plan::PlanStep& step)
{
  return std::string(step.label.empty() ? routine::label(step.kind) : step.label);
}

std::string side_upper(const plan::PlanStep& step)
{
  std::string upper(step.side);
  for (char& c : upper) {
    if (c >= 'a' && c <= 'z') {
      c = static_cast<char>(c - 'a' + 'A');
    }
  }
  return upper;
}

std::string rep_text(const plan::PlanStep& step)
{
  if (step.rep == 0 || step.reps <= 1) {
    return {};
  }
  return std::to_string(step.rep) + '/' + std::to_string(step.reps);
}

} // namespace stretch::render
