// SPDX-License-Identifier: MIT
// A quick hold, as a routine made up on the spot.
#include "library/quick_hold.h"

#include "util/strings.h"
#include "util/terminal_text.h"

#include <fmt/format.h>

namespace stretch::library {

util::Expected<routine::SourceFile> quick_hold(std::string_view duration, bool sides)
{
  const auto length = routine::parse_duration(duration);
  if (!length && routine::parse_duration(duration, routine::Duration::max())) {
    return util::Unexpected{fmt::format("a hold lasts at most {}, not {}", routine::format_duration(routine::k_max_duration),
                                        util::terminal_safe(util::trim(duration)))};
  }
  if (!length) {
    return util::Unexpected{fmt::format("a hold needs a duration, such as 30s, 1m or 1:30: {}", length.error())};
  }
  if (*length < std::chrono::seconds(1)) {
    return util::Unexpected{fmt::format("a hold of {} is too short: hold at least 1 second",
                                        routine::format_duration(*length))};
  }
  const std::string time = routine::format_duration(*length);
  std::string text = fmt::format("title Hold {}\n"
                                 "exercise Hold\n"
                                 "  setup Get into the stretch you want to hold.\n",
                                 time);
  if (sides) {
    text += "  sides left right\n";
  }
  // The duration in seconds, to the millisecond, exactly as asked: `1:30` and `90s` alike.
  text += fmt::format("  between-reps 10s Let go, and breathe.\n"
                      "  stretch {}.{:03}s [HOLD] Hold it, breathing slowly.\n",
                      length->count() / 1000, length->count() % 1000);
  return routine::SourceFile{std::string(k_quick_hold_name), fmt::format("<hold {}>", time), std::move(text)};
}

} // namespace stretch::library
