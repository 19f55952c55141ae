// SPDX-License-Identifier: MIT
// A quick hold, as a routine made up on the spot.
#include "library/quick_hold.h"

#include "i18n/format.h"
#include "util/strings.h"
#include "util/terminal_text.h"

#include <algorithm>
#include <fmt/format.h>

namespace stretch::library {

util::Expected<routine::SourceFile> quick_hold(std::string_view duration, bool sides)
{
  const auto length = routine::parse_duration(duration);
  if (!length && routine::parse_duration(duration, routine::Duration::max())) {
    return util::Unexpected{i18n::trf("a hold lasts at most {most}, not {duration}",
                                      fmt::arg("most", routine::format_duration(routine::k_max_duration)),
                                      fmt::arg("duration", util::terminal_safe(util::trim(duration))))};
  }
  if (!length) {
    return util::Unexpected{
      i18n::trf("a hold needs a duration, such as 30s, 1m or 1:30: {reason}", fmt::arg("reason", length.error()))};
  }
  if (*length < std::chrono::seconds(1)) {
    return util::Unexpected{i18n::trf("a hold of {duration} is too short: hold at least 1 second",
                                      fmt::arg("duration", routine::format_duration(*length)))};
  }
  // The texts in the user's language, each on a line of its own: a translation holds no
  // line break.
  const auto line = [](const char* english) {
    std::string text = i18n::tr(english);
    std::replace_if(text.begin(), text.end(), [](char c) { return c == '\n' || c == '\r'; }, ' ');
    return text;
  };
  const std::string time = routine::format_duration(*length);
  std::string text = fmt::format("title {}\nexercise {}\n  setup {}\n",
                                 line(i18n::trf("Hold {time}", fmt::arg("time", time)).c_str()), line(N_("Hold")),
                                 line(N_("Get into the stretch you want to hold.")));
  if (sides) {
    text += "  sides left right\n";
  }
  // The duration in seconds, to the millisecond, exactly as asked: `1:30` and `90s` alike.
  text += fmt::format("  between-reps 10s {}\n  stretch {}.{:03}s [{}] {}\n", line(N_("Let go, and breathe.")),
                      length->count() / 1000, length->count() % 1000, line(N_("HOLD")),
                      line(N_("Hold it, breathing slowly.")));
  return routine::SourceFile{std::string(k_quick_hold_name), fmt::format("<hold {}>", time), std::move(text)};
}

} // namespace stretch::library
