// What the voice says for each step: short, and in the order a runner needs it.
#pragma once

#include "plan/plan.h"

#include <string>

namespace stretch::cue {

/// The words for the start of `step`: "Left side. Contract. Press the gas pedal. 10 seconds."
/// A question nobody can answer is read with both answers' advice (`keys` false).
std::string utterance(const plan::PlanStep& step, bool keys);

/// `d` in words: "10 seconds", "1 minute 30 seconds".
std::string spoken_duration(std::chrono::milliseconds d);

} // namespace stretch::cue
