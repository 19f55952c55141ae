// SPDX-License-Identifier: MIT
// The clocks a session runs on: the steady clock for timing, the wall clock for when a
// session started (the history's days). Real ones in the program, fakes in tests.
#pragma once

#include "util/time.h"

#include <chrono>

namespace stretch::util {

/// Tells the time for timing. Sessions never sleep on their own; they ask the clock and wait
/// for input.
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

/// Tells the date and time of day, to the second: when a session started, which day it is.
class WallClock
{
public:
  virtual ~WallClock() = default;

  virtual std::chrono::sys_seconds now() const = 0;
};

/// `std::chrono::system_clock`.
class SystemWallClock : public WallClock
{
public:
  std::chrono::sys_seconds now() const override
  {
    return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  }
};

/// Whole milliseconds from `from` to `to`, rounded down: for summaries and logs, which
/// need no more. Timing itself keeps the clock's full precision.
inline Duration millis_between(TimePoint from, TimePoint to)
{
  return std::chrono::duration_cast<Duration>(to - from);
}

} // namespace stretch::util
