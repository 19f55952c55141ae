// SPDX-License-Identifier: MIT
// Expands a routine into the flat list of timed steps that a session runs and `show` prints.
#pragma once

#include "routine/routine.h"
#include "util/expected.h"

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace stretch::plan {

using routine::Duration;
using routine::StepKind;

/// How the user adapts a routine without editing it (`--reps`, `--side`, `--scale`, `--ready`).
struct PlanOptions
{
  std::optional<int> reps{};       // every exercise with timed steps does this many reps
  std::optional<std::string> side{}; // only this side of exercises that have it; nullopt: all
  double scale = 1.0;              // multiplies contract, stretch, relax and rest steps, within limits
  Duration ready = std::chrono::seconds(5); // lead-in before exercises and after switches
  Duration wait_fallback = std::chrono::seconds(10); // manual steps and questions, unanswered
};

/// Limits on `PlanOptions`, checked by `build_plan`; reps as a routine file's
/// (`routine::k_max_reps`).
inline constexpr double k_max_scale = 10.0;
inline constexpr Duration k_max_ready = std::chrono::minutes(10);
inline constexpr std::size_t k_max_steps = 10'000;

/// One step of a plan, with everything a renderer needs to show it.
struct PlanStep
{
  StepKind kind = StepKind::contract;
  Duration start{0};    // offset from the start of the session when nothing is paused
  Duration duration{0}; // for waiting steps, how long to wait when nobody can answer
  routine::Text label; // the step's own word for what to do (`PRESS · calf`); "" for the kind's
  routine::Text exercise;
  std::size_t exercise_index = 0;
  routine::Text side; // "" when the exercise has no sides
  std::size_t side_index = 0; // of `side` among the exercise's sides
  int rep = 0;      // 1-based; 0 for lead-ins
  int reps = 0;
  routine::Text text; // the cue; for lead-ins, the exercise's setup
  routine::Answer yes; // questions only
  routine::Answer no;  // questions only
  bool new_side = false;  // the first step after a switch of side
  bool rep_start = false; // the first step of a rep

  /// True for manual steps and questions, which wait for the user on a terminal.
  bool waits() const { return !routine::is_timed(kind); }
};

/// A routine expanded into steps.
struct Plan
{
  routine::About about; // the routine's, whole
  std::vector<PlanStep> steps;
  std::vector<std::shared_ptr<const routine::ParsedFile>> files; // the routine's files, which the steps view
  Duration total{0};
  std::size_t kept_at_minimum = 0; // steps `--scale` would have made shorter than their minimum

  /// How many contract and stretch steps the plan holds.
  std::size_t holds() const;
};

/// The side labels used anywhere in `routine`, in order of first use.
std::vector<std::string> side_labels(const routine::Routine& routine);

/// Why a routine cannot be planned: an option it cannot take, or a plan too large. The
/// commands say it in their own words.
struct PlanProblem
{
  enum class Kind {
    scale,          ///< `scale` is not more than 0 and at most `k_max_scale`
    reps,           ///< `reps` is not from 1 to `routine::k_max_reps`
    ready,          ///< `ready` is not from 0 to `k_max_ready`
    no_sides,       ///< `side` was asked of a routine without sides
    unknown_side,   ///< `side` is none of the routine's `sides`
    too_many_steps, ///< the plan would have more than `k_max_steps` steps
  };
  Kind kind = Kind::scale;
  std::string routine;            // the routine's name
  std::string side;               // for unknown_side: the side asked for
  std::vector<std::string> sides; // for unknown_side: the routine's
};

/// The shortest a step becomes through `--scale`: its `min`, or else one second (a step
/// written shorter keeps its length).
inline constexpr Duration k_shortest_scaled = std::chrono::seconds(1);

/// What a plan comes to, without its steps: what `check` and `list` show of a routine.
struct Outline
{
  std::size_t steps = 0;
  Duration total{0};
};

/// The outline of the plan `build_plan` would make, found without keeping its steps; fails
/// as `build_plan` does.
util::Expected<Outline, PlanProblem> outline_plan(const routine::Routine& routine, const PlanOptions& options);

/// Expands `routine` with `options`: lead-ins, `first` steps, reps, sides, pauses and the
/// start offset of every step. `--scale` never takes a step below its minimum (see
/// `k_shortest_scaled`); the plan counts the steps it kept there. Fails for an option the
/// routine cannot take (a side it does not have, a scale out of range) or a plan over
/// `k_max_steps` steps.
util::Expected<Plan, PlanProblem> build_plan(const routine::Routine& routine, const PlanOptions& options);

} // namespace stretch::plan
