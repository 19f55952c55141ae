// SPDX-License-Identifier: MIT
// The table that `stretch show` prints: every step of a plan with its start time.
#pragma once

#include "plan/plan.h"
#include "render/style.h"
#include "util/sink.h"

#include <string>

namespace stretch::render {

/// Writes `plan` to `sink` as a table, whole lines at a time: the title and description, one
/// row per step (start, exercise, side, rep, kind, duration, cue), the advice under each
/// question, and a last line `total M:SS`. Routine text is made safe for a terminal, and
/// without `unicode`, its characters ASCII (see `ascii_fallback`). A plan of thousands of
/// steps is never held as one text.
void write_plan_table(const plan::Plan& plan, const Palette& palette, bool unicode, util::Sink& sink);

} // namespace stretch::render
