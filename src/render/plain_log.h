// SPDX-License-Identifier: MIT
// One line per event, for logs, pipes and screen readers (`--plain`, or no terminal).
#pragma once

#include "plan/plan.h"

#include <string>
#include <string_view>

namespace stretch::render {

/// `elapsed` as `MM:SS`, or `H:MM:SS` from an hour up.
std::string format_elapsed(routine::Duration elapsed);

/// The line for the start of `step`: `00:15 Calf LEFT rep 1/3 PRESS · calf 0:10 Press down.`
/// Waiting steps say what they wait for: a key when `keys`, else how long; a question that
/// nobody can answer is followed by a line for each answer. Routine text is made safe, and
/// ASCII unless `unicode`.
std::string plain_step_line(const plan::PlanStep& step, routine::Duration elapsed, bool keys, bool unicode = true);

/// A line for something else that happened: `00:40 paused`.
std::string plain_event_line(std::string_view what, routine::Duration elapsed);

/// The line for an answer: `02:10 answer no: Call it a day.`
std::string plain_answer_line(const plan::PlanStep& question, bool yes, routine::Duration elapsed, bool unicode = true);

} // namespace stretch::render
