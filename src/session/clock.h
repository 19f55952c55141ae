// SPDX-License-Identifier: MIT
// The clock a session runs on: the steady clock in the program, a fake one in tests.
#pragma once

#include "util/time.h"

#include <chrono>

namespace stretch::session {

using util::Duration;
using util::TimePoint;

/// Tells the time. Sessions never sleep on their own; they ask the clock and wait for input.
class Clock
{
public:
  virtual ~Clock() = default;

  /// The current time; never goes backwards.
  virtual TimePoint now() const = 0;
};

/// `std::chrono::steady_clock`, which no change of the wall clock can move.
class SteadyClock : public Clock
{
public:
  TimePoint now() const override { return std::chrono::steady_clock::now(); }
};

/// Whole milliseconds from `from` to `to`, rounded down: for summaries and logs, which
/// need no more. Timing itself keeps the clock's full precision.
inline Duration millis_between(TimePoint from, TimePoint to)
{
  return std::chrono::duration_cast<Duration>(to - from);
}

} // namespace stretch::session
