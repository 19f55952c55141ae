// SPDX-License-Identifier: MIT
// Small plans for session tests, built from routine text.
#pragma once

#include "library/builtins.h"
#include "library/library.h"
#include "plan/plan.h"
#include "routine/parser.h"

#include <doctest/doctest.h>
#include <stdexcept>

namespace stretch::test {

/// The plan of routine `text` (which must not include others), with `options`.
inline plan::Plan plan_from(std::string_view text, const plan::PlanOptions& options = {.ready = std::chrono::seconds(0)})
{
  const auto parsed = routine::parse_routine(text, "test.stretch");
  if (!parsed.ok()) {
    throw std::invalid_argument(routine::format_diagnostics(parsed.diagnostics));
  }
  routine::Routine r;
  r.name = "test";
  r.title = parsed.routine.title;
  r.episode = parsed.routine.episode;
  r.tips = parsed.routine.tips;
  for (const auto& item : parsed.routine.items) {
    r.exercises.push_back(std::get<routine::Exercise>(item));
  }
  auto plan = plan::build_plan(r, options);
  if (!plan) {
    throw std::invalid_argument(plan.error());
  }
  return *plan;
}

/// The plan of the built-in routine `name`, with `options`.
inline plan::Plan builtin_plan(std::string_view name, const plan::PlanOptions& options = {})
{
  const library::Library library(library::builtin_routines(), std::nullopt);
  const auto file = library.find(name);
  if (!file) {
    throw std::invalid_argument(std::string(name) + ": no such built-in routine");
  }
  auto loaded = routine::load_routine(file->source, library);
  if (!loaded.routine) {
    throw std::invalid_argument(routine::format_diagnostics(loaded.diagnostics));
  }
  auto plan = plan::build_plan(*loaded.routine, options);
  if (!plan) {
    throw std::invalid_argument(plan.error());
  }
  return *plan;
}

/// A contract step of a calf exercise: left side, rep 2 of 3, 10 seconds.
inline plan::PlanStep sample_hold()
{
  plan::PlanStep step;
  step.kind = routine::StepKind::contract;
  step.duration = std::chrono::seconds(10);
  step.exercise = "Calf";
  step.side = "left";
  step.rep = 2;
  step.reps = 3;
  step.text = "Push the ball of the foot down hard, as if flooring the gas pedal.";
  return step;
}

} // namespace stretch::test
