// SPDX-License-Identifier: MIT
// Durations as people write them in routine files and on the command line.
#pragma once

#include "util/expected.h"
#include "util/time.h"

#include <chrono>
#include <cstddef>
#include <string>
#include <string_view>

namespace stretch::routine {

using util::Duration;

/// The longest duration a routine may give a single step.
inline constexpr Duration k_max_duration = std::chrono::hours(1);

/// A duration read from the start of a longer text, and how many bytes it took.
struct DurationPrefix
{
  Duration value;
  std::size_t length;
};

/// Reads the duration at the start of `text` (`10s`, `20 s`, `1m30s`, `2m`, `1:30`,
/// `1:00:00`, or `90` for seconds); what follows it must be a blank or the end. Fails on
/// malformed or negative durations, and those over `max` (saying so, with `max`); zero is
/// allowed (callers decide). Precise to the millisecond: less rounds down.
util::Expected<DurationPrefix> parse_duration_prefix(std::string_view text, Duration max = k_max_duration);

/// Reads `text`, blanks around it ignored, as one whole duration, as `parse_duration_prefix`
/// does.
util::Expected<Duration> parse_duration(std::string_view text, Duration max = k_max_duration);

/// True when `text` starts like a duration (a digit, or a sign and a digit).
bool looks_like_duration(std::string_view text);

/// `d` shown as `m:ss` (`0:10`, `1:30`), `h:mm:ss` from an hour up, with tenths of a
/// second (`0:02.5`) when it is not a whole number of seconds.
std::string format_duration(Duration d);

/// `d` in whole seconds, rounded up (a time left of 0.2 s is still 1 second left), never
/// below zero: the one rounding every countdown, display and voice uses.
std::chrono::seconds ceil_seconds(std::chrono::nanoseconds d);

} // namespace stretch::routine
