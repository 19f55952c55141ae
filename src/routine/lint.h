// SPDX-License-Identifier: MIT
// The linter: what a routine may do but stretching guidelines advise against, each warning
// with the guideline it rests on. Warnings, never errors: a physio may know better.
#pragma once

#include "routine/diagnostic.h"
#include "routine/routine.h"

#include <vector>

namespace stretch::routine {

/// The shortest and longest static stretch the guidelines advise, and the length past
/// which a stretch is more likely a typo than a plan.
inline constexpr Duration k_lint_shortest_stretch = std::chrono::seconds(10);
inline constexpr Duration k_lint_longest_stretch = std::chrono::seconds(60);
inline constexpr Duration k_lint_typo_stretch = std::chrono::seconds(120);

/// The longest contraction outside a contract-relax exercise.
inline constexpr Duration k_lint_longest_contraction = std::chrono::seconds(10);

/// The most time on one side of one exercise, its steps, reps and rests together.
inline constexpr Duration k_lint_longest_exercise = std::chrono::minutes(4);

/// Warnings about `routine` (with its includes expanded), at the file and line of what they
/// are about, in the order of its exercises:
/// - a static stretch under 10 s, or over 60 s (over 120 s: likely a typo);
/// - a contraction over 10 s in an exercise that is no contract-relax exercise (one with a
///   stretch or relax step, so that contractions alternate with letting go);
/// - more than 4 minutes on one side of one exercise;
/// - an exercise that starts on a timer with no `setup`, so its lead-in cannot say how to
///   get into position.
std::vector<Diagnostic> lint(const Routine& routine);

} // namespace stretch::routine
