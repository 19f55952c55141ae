// SPDX-License-Identifier: MIT
// The words that describe a plan step, shared by every renderer and the voice.
#pragma once

#include "plan/plan.h"

#include <string>

namespace stretch::render {

/// What the user should do in `step`: its cue, or for lead-ins the exercise's setup (with a
/// plain default when it has none). Not yet made safe for a terminal.
std::string step_cue(const plan::PlanStep& step);

/// The word for what `step` asks: its label (`PRESS · calf`) or its kind's (`CONTRACT`).
std::string phase_word(const plan::PlanStep& step);

/// The word for a kind of step (`CONTRACT`), in the user's language.
std::string_view kind_word(routine::StepKind kind);

/// `side` as shown and said: `left` and `right` in the user's language, any other label
/// as the routine writes it (a view of `side` or of the catalog).
std::string_view side_name(std::string_view side);

/// The side a user names in their language (`links`), as routines write it (`left`);
/// any other label as it is.
std::string_view side_key(std::string_view named);

/// `step`'s side in capitals (`LEFT`), or "" when its exercise has no sides.

std::string side_upper(const plan::PlanStep& step);

/// `step`'s rep as `2/3`, or "" for lead-ins, first steps and single-rep exercises.
std::string rep_text(const plan::PlanStep& step);

} // namespace stretch::render
