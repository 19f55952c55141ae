// SPDX-License-Identifier: MIT
// Routines and plans for tests, from routine text or from the built-in routines: the one
// way tests make them.
#pragma once

#include "library/builtins.h"
#include "library/library.h"
#include "plan/plan.h"
#include "routine/parser.h"
#include "support/load.h"

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <stdexcept>

namespace stretch::test {

/// The routine of `text`, which must not include others, under `name`.
inline routine::Routine routine_from(std::string_view text, const std::string& name = "test")
{
  const auto file = routine::parse_file({name, name + ".stretch", std::string(text)});
  if (!file->parsed.ok()) {
    throw std::invalid_argument(routine::format_diagnostics(file->parsed.diagnostics));
  }
  routine::Routine routine;
  routine.about = file->parsed.routine.about;
  routine.about.name = name;
  for (const auto& item : file->parsed.routine.items) {
    routine.exercises.push_back(std::get<routine::WrittenExercise>(item).exercise);
  }
  routine.files.push_back(file); // what its exercises view
  return routine;
}

/// The plan of routine `text` (which must not include others), with `options`: by default,
/// without lead-ins.
inline plan::Plan plan_from(std::string_view text, const plan::PlanOptions& options = {.ready = std::chrono::seconds(0)})
{
  auto plan = plan::build_plan(routine_from(text), options);
  if (!plan) {
    throw std::invalid_argument(fmt::format("routine `{}` cannot be planned: problem {}", plan.failure().routine,
                                            static_cast<int>(plan.failure().kind)));
  }
  return *plan;
}

/// The built-in routine `name`, loaded with its includes.
inline routine::Routine builtin_routine(std::string_view name)
{
  const library::Library library(library::builtin_routines(), std::nullopt);
  const auto file = library.find(name);
  if (!file) {
    throw std::invalid_argument(std::string(name) + ": no such built-in routine");
  }
  auto loaded = load_routine(file->source, library);
  if (!loaded.routine) {
    throw std::invalid_argument(routine::format_diagnostics(loaded.diagnostics));
  }
  return *loaded.routine;
}

/// The plan of the built-in routine `name`, with `options`.
inline plan::Plan builtin_plan(std::string_view name, const plan::PlanOptions& options = {})
{
  auto plan = plan::build_plan(builtin_routine(name), options);
  if (!plan) {
    throw std::invalid_argument(fmt::format("routine `{}` cannot be planned: problem {}", plan.failure().routine,
                                            static_cast<int>(plan.failure().kind)));
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
