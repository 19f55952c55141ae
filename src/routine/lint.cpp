// SPDX-License-Identifier: MIT
// The linter: what a routine may do but stretching guidelines advise against.
#include "routine/lint.h"

#include "i18n/format.h"

#include <algorithm>
#include <fmt/format.h>

namespace stretch::routine {
namespace {

constexpr std::string_view k_acsm = "ACSM's guidelines";

bool contract_relax(const Exercise& exercise)
{
  const auto lets_go = [](const Step& step) { return step.kind == StepKind::stretch || step.kind == StepKind::relax; };
  return std::any_of(exercise.steps.begin(), exercise.steps.end(), lets_go)
         || std::any_of(exercise.first_steps.begin(), exercise.first_steps.end(), lets_go);
}

// The time of one side of `exercise`: its first steps, its reps and the rests between them.
Duration side_time(const Exercise& exercise)
{
  Duration rep{0};
  for (const Step& step : exercise.steps) {
    rep += step.duration;
  }
  Duration time = rep * exercise.reps + exercise.between_reps.duration * std::max(0, exercise.reps - 1);
  for (const Step& step : exercise.first_steps) {
    time += step.duration;
  }
  return time;
}

} // namespace

std::vector<Diagnostic> lint(const Routine& routine)
{
  std::vector<Diagnostic> warnings;
  const auto warn = [&](const Exercise& exercise, std::size_t line, std::string message) {
    warnings.push_back({std::string(exercise.file), line, 0, std::move(message), Severity::warning});
  };
  for (const Exercise& exercise : routine.exercises) {
    const std::span<const Step> opening = exercise.first_steps.empty() ? exercise.steps : exercise.first_steps;
    if (exercise.setup.empty() && !opening.empty() && is_timed(opening.front().kind)) {
      warn(exercise, exercise.line,
           i18n::trf("exercise `{name}` has no `setup`: its lead-in cannot say how to get into position",
                     fmt::arg("name", exercise.name)));
    }
    const bool alternates = contract_relax(exercise);
    for (const auto* steps : {&exercise.first_steps, &exercise.steps}) {
      for (const Step& step : *steps) {
        const std::string length = format_duration(step.duration);
        if (step.kind == StepKind::stretch && step.duration > k_lint_typo_stretch) {
          warn(exercise, step.line, i18n::trf("a stretch of {time} is over two minutes: likely a typo", fmt::arg("time", length)));
        } else if (step.kind == StepKind::stretch && step.duration > k_lint_longest_stretch) {
          warn(exercise, step.line,
               i18n::trf("a stretch of {time} is long: hold a stretch 10 to 30 seconds, 60 at most ({source})",
                         fmt::arg("time", length), fmt::arg("source", k_acsm)));
        } else if (step.kind == StepKind::stretch && step.duration < k_lint_shortest_stretch) {
          warn(exercise, step.line,
               i18n::trf("a stretch of {time} is short: hold a stretch 10 to 30 seconds ({source})", fmt::arg("time", length),
                         fmt::arg("source", k_acsm)));
        } else if (step.kind == StepKind::contract && step.duration > k_lint_longest_contraction && !alternates) {
          warn(exercise, step.line,
               i18n::trf("a contraction of {time} outside a contract-relax exercise: hold contractions up to 10 "
                         "seconds, unless a stretch or a relax follows ({source}, PNF)",
                         fmt::arg("time", length), fmt::arg("source", k_acsm)));
        }
      }
    }
    if (const Duration time = side_time(exercise); time > k_lint_longest_exercise) {
      warn(exercise, exercise.line,
           i18n::trf("exercise `{name}` takes {time} on one side: over 4 minutes; 2 to 4 reps are enough ({source})",
                     fmt::arg("name", exercise.name), fmt::arg("time", format_duration(time)), fmt::arg("source", k_acsm)));

    }
  }
  return warnings;
}

} // namespace stretch::routine
