// SPDX-License-Identifier: MIT
// What the voice says for each step: short, and in the order a runner needs it.
#pragma once

#include "plan/plan.h"

#include <string>

namespace stretch::device {

/// The words for the start of `step`: "Rep 2 of 3. Press, calf. Push the ball of the foot
/// down. 10 seconds." The side is said in lead-ins and when a side starts without one; the
/// rep at the start of each rep. A question nobody can answer is read with both answers'
/// advice (`keys` false).
std::string utterance(const plan::PlanStep& step, bool keys);

/// The fewest words for the start of `step`, for when its whole cue would outlast it: the
/// side when it is new, the rep when one starts, and the label ("Left side. Relax."). With
/// `label_only`, just the label ("Relax.").
std::string short_utterance(const plan::PlanStep& step, bool label_only = false);

/// `d` in words, rounded up to seconds: "10 seconds", "1 minute 30 seconds".
std::string spoken_duration(std::chrono::milliseconds d);

} // namespace stretch::device
