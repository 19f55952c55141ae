// SPDX-License-Identifier: MIT
// A quick hold: `stretch hold 30s` (or `stretch 30s`) runs one timed hold without a routine
// file, as a routine made up on the spot, so that it plans, runs and logs like any other.
#pragma once

#include "routine/duration.h"
#include "routine/loader.h"
#include "util/expected.h"

#include <string_view>

namespace stretch::library {

/// The name a quick hold runs and is logged under.
inline constexpr std::string_view k_quick_hold_name = "hold";

/// The routine of a quick hold of `duration` (as written on the command line: `30s`,
/// `1:30`, `90`): one exercise, one timed stretch labelled HOLD, a relax of 10 seconds
/// between reps, and the sides left and right when `sides` (for `--side`). Fails with a
/// message for a duration that cannot be read, or is under a second or over an hour.
util::Expected<routine::SourceFile> quick_hold(std::string_view duration, bool sides);

} // namespace stretch::library
