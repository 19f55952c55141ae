// SPDX-License-Identifier: MIT
// A routine as plain data: what the parser reads and the planner expands.
#pragma once

#include "routine/about.h"
#include "routine/duration.h"
#include "routine/step_kind.h"

#include <cstddef>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace stretch::routine {

/// Text from a routine file: a view into the file's own text (or into the text its parse
/// made of several lines). A `Routine` and a `Plan` hold on to the files they view, so
/// that no cue is copied however many times a plan repeats it.
using Text = std::string_view;

struct ParsedFile;

/// What to show for one answer to a question step, and whether that answer ends the routine.
struct Answer
{
  Text advice;
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
  Text label;          // `[PRESS · calf]`: shown instead of the kind's word; "" for none
  Text cue;
  Answer yes; // questions only
  Answer no;  // questions only
  std::size_t line = 0;
};

/// A timed pause between reps or between sides, with an optional cue.
struct Pause
{
  Duration duration{0};
  Text cue;
};

/// One exercise: its steps, repeated `reps` times on each of its `sides` (none, or two or
/// more labels such as "left" and "right"), after its `first` steps, done once a side.
struct Exercise
{
  Text name;
  Text setup;
  std::vector<Text> sides;
  int reps = 1;
  Pause between_reps;
  Pause between_sides;
  std::span<const Step> first_steps; // kept by its file (see `WrittenExercise`), like its text
  std::span<const Step> steps;
  Text file; // where it was written, for messages
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
  std::vector<std::shared_ptr<const ParsedFile>> files; // its own and its includes': what its text views
};

} // namespace stretch::routine
