// SPDX-License-Identifier: MIT
// A routine as plain data: what the parser reads and the planner expands.
#pragma once

#include "routine/about.h"
#include "routine/duration.h"
#include "routine/step_kind.h"

#include <cstddef>
#include <string>
#include <vector>

namespace stretch::routine {

/// What to show for one answer to a question step, and whether that answer ends the routine.
struct Answer
{
  std::string advice;
  bool stops = false;
};

/// The most exercises a routine may have, with those of the routines it includes.
inline constexpr std::size_t k_max_exercises = 500;

/// The most reps of an exercise, in a file (`reps`, `include NAME reps N`) or as `--reps`.
inline constexpr int k_max_reps = 100;

/// The longest step label, in columns.
inline constexpr std::size_t k_max_label_width = 24;

/// One step of an exercise. `duration` is zero for a manual step or question that gave none.
struct Step
{
  StepKind kind = StepKind::contract;
  Duration duration{0};
  Duration minimum{0}; // `min D`: `--scale` never makes the step shorter; 0 for none
  std::string label;   // `[PRESS · calf]`: shown instead of the kind's word; "" for none
  std::string cue;
  Answer yes; // questions only
  Answer no;  // questions only
  std::size_t line = 0;
};

/// A timed pause between reps or between sides, with an optional cue.
struct Pause
{
  Duration duration{0};
  std::string cue;
};

/// One exercise: its steps, repeated `reps` times on each of its `sides` (none, or two or
/// more labels such as "left" and "right"), after its `first` steps, done once a side.
struct Exercise
{
  std::string name;
  std::string setup;
  std::vector<std::string> sides;
  int reps = 1;
  Pause between_reps;
  Pause between_sides;
  std::vector<Step> first_steps;
  std::vector<Step> steps;
  std::string file; // where it was written, for messages
  std::size_t line = 0;
};

/// True when `exercise` has a step that runs on a timer; `--reps` and `include NAME reps N`
/// change the reps of those exercises only.
bool has_timed_steps(const Exercise& exercise);

/// A whole routine with its includes expanded: what it says of itself, and its exercises in
/// order.
struct Routine
{
  About about; // with its includes' episode and tips
  std::vector<std::string> aliases;
  std::vector<Exercise> exercises;
};

} // namespace stretch::routine
