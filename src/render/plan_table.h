// SPDX-License-Identifier: MIT
// The table that `stretch show` prints: every step of a plan with its start time.
#pragma once

#include "plan/plan.h"
#include "render/style.h"

#include <string>

namespace stretch::render {

/// `plan` as a table: the title and description, one row per step (start, exercise, side,
/// rep, kind, duration, cue), the advice under each question, and a last line `total M:SS`.
/// Routine text is made safe for a terminal.
std::string format_plan_table(const plan::Plan& plan, const Palette& palette);

} // namespace stretch::render
