// SPDX-License-Identifier: MIT
// The two kinds of time every floor of the program speaks of: how long something lasts,
// and a moment on the clock a session runs on.
#pragma once

#include <chrono>

namespace stretch::util {

/// How long something lasts, to the millisecond: a step, a pause, a lead-in.
using Duration = std::chrono::milliseconds;

/// A moment on the steady clock, which no change of the wall clock can move.
using TimePoint = std::chrono::steady_clock::time_point;

} // namespace stretch::util
