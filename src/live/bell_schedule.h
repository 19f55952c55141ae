// SPDX-License-Identifier: MIT
// When to ring the terminal bell: once for a new step, more times, spaced out, for the
// moments that must not be missed.
#pragma once

#include "util/clock.h"

#include <deque>
#include <optional>

namespace stretch::live {

using util::Duration;
using util::TimePoint;

/// How many bells mark each moment: a second of the last three of a hold (without the
/// voice), a new step, a switch of sides, the end.
inline constexpr int k_bells_countdown = 1;
inline constexpr int k_bells_step = 1;
inline constexpr int k_bells_switch_sides = 2;
inline constexpr int k_bells_done = 3;

/// The time between the bells of one moment: far enough apart to be heard as several.
inline constexpr Duration k_bell_gap{350};

/// Pending bells. The session loop asks which are due and wakes up for the next one.
class BellSchedule
{
public:
  /// Rings `count` bells, the first at `now` and the others `k_bell_gap` apart.
  void ring(TimePoint now, int count);

  /// How many bells to ring at `now`: 1 when any is due (bells due together would sound as
  /// one), else 0. The due bells are taken off the schedule.
  int take_due(TimePoint now);

  /// When the next bell is due, or nullopt when none is pending.
  std::optional<TimePoint> next() const;

private:
  std::deque<TimePoint> m_pending;
};

} // namespace stretch::live
