// What the voice says for each step: short, and in the order a runner needs it.
#pragma once

#include "plan/plan.h"

#include <string>

namespace stretch::cue {

/// The words for the start of `step`: "Rep 2 of 3. Press, calf. Push the ball of the foot
/// down. 10 seconds." The side is said in lead-ins and when a side starts without one; the
/// rep at the start of each rep. A question nobody can answer is read with both answers'
/// advice (`keys` false).
std::string utterance(const plan::PlanStep& step, bool keys);

/// `d` in words, rounded up to seconds: "10 seconds", "1 minute 30 seconds".
std::string spoken_duration(std::chrono::milliseconds d);

} // namespace stretch::cue
