// SPDX-License-Identifier: MIT
// The words that describe a plan step, shared by every renderer and the voice.
#include "render/step_text.h"

#include "i18n/format.h"
#include "util/strings.h"

#include <fmt/format.h>

namespace stretch::render {

std::string step_cue(const plan::PlanStep& step)
{
  switch (step.kind) {
  case routine::StepKind::ready:
    return step.text.empty() ? i18n::trf("Get into position for {exercise}.", fmt::arg("exercise", step.exercise))
                             : std::string(step.text);
  case routine::StepKind::switch_sides:
    return step.text.empty() ? i18n::trf("Now the {side} side.", fmt::arg("side", side_name(step.side)))
                             : i18n::trf("Now the {side} side. {cue}", fmt::arg("side", side_name(step.side)),
                                         fmt::arg("cue", step.text));
  default:
    return std::string(step.text);
  }
}

std::string phase_word(const plan::PlanStep& step)
{
  return std::string(step.label.empty() ? kind_word(step.kind) : step.label);
}

std::string_view kind_word(routine::StepKind kind)
{
  return i18n::tr(routine::label(kind).data());
}

std::string_view side_name(std::string_view side)
{
  // The sides of the built-in routines, and of most others; a routine's own labels stay.
  if (util::iequals(side, "left")) {
    return i18n::tr("left");
  }
  if (util::iequals(side, "right")) {
    return i18n::tr("right");
  }
  return side;
}

std::string_view side_key(std::string_view named)
{
  for (const std::string_view side : {std::string_view("left"), std::string_view("right")}) {
    if (util::iequals(named, side_name(side))) {
      return side;
    }
  }
  return named;
}

std::string side_upper(const plan::PlanStep& step)
{
  return util::upper_latin(side_name(step.side));

}

std::string rep_text(const plan::PlanStep& step)
{
  if (step.rep == 0 || step.reps <= 1) {
    return {};
  }
  return std::to_string(step.rep) + '/' + std::to_string(step.reps);
}

} // namespace stretch::render
