// SPDX-License-Identifier: MIT
// A routine as plain data: what the parser reads and the planner expands.
#include "routine/routine.h"

#include <algorithm>

namespace stretch::routine {

bool has_timed_steps(const Exercise& exercise)
{
  return std::any_of(exercise.steps.begin(), exercise.steps.end(),
                     [](const Step& step) { return is_timed(step.kind); });
}

} // namespace stretch::routine
