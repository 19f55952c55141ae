// SPDX-License-Identifier: MIT
// The values of command-line options and settings.
#include "cli/option_values.h"

#include "error.h"
#include "term/background.h"
#include "util/strings.h"

#include <algorithm>
#include <array>
#include <span>
#include <fmt/format.h>

namespace stretch::cli {
namespace {

constexpr std::array<std::string_view, 4> k_true{"true", "yes", "on", "1"};
constexpr std::array<std::string_view, 4> k_false{"false", "no", "off", "0"};

// Whether `value` is one of `words`, in any case: `True`, `YES` and `Off` are fine too.
bool is_one_of(std::string_view value, std::span<const std::string_view> words)
{
  return std::any_of(words.begin(), words.end(), [&](std::string_view word) { return util::iequals(word, value); });
}

} // namespace

std::optional<std::string> check_boolean(std::string_view value)
{
  if (is_one_of(value, k_true) || is_one_of(value, k_false)) {
    return std::nullopt;
  }
  return fmt::format("expected true or false, not `{}`", value);
}

bool is_true(std::string_view value)
{
  return is_one_of(value, k_true);
}

std::optional<std::string> check_sound(std::string_view value)
{
  return run::parse_sound(value) ? std::nullopt
                                 : std::optional(fmt::format("expected tones, bell or off, not `{}`", value));
}

std::optional<std::string> check_theme(std::string_view value)
{
  return value == "auto" || value == "dark" || value == "light"
           ? std::nullopt
           : std::optional(fmt::format("expected auto, dark or light, not `{}`", value));
}

std::optional<std::string> check_color(std::string_view value)
{
  return term::parse_color_mode(value) ? std::nullopt
                                       : std::optional(fmt::format("expected auto, always or never, not `{}`", value));
}

std::optional<std::string> check_ready(std::string_view value)
{
  const auto ready = routine::parse_duration(value, plan::k_max_ready);
  return ready ? std::nullopt : std::optional(ready.error());
}

int read_count(std::string_view name, std::string_view text, int min, int max)
{
  const auto count = util::parse_count(util::trim(text), max);
  if (!count || *count < min || *count > max) {
    throw UsageError(fmt::format("{} needs a whole number from {} to {}, not `{}`", name, min, max, text));
  }
  return static_cast<int>(*count);
}

plan::PlanOptions plan_options(const PlanArgs& args, const Given& given)
{
  plan::PlanOptions options;
  if (given.reps) {
    options.reps = read_count("--reps", args.reps, 1, routine::k_max_reps);
  }
  if (given.side) {
    if (util::trim(args.side).empty()) {
      throw UsageError("--side needs a side, such as left, right or both");
    }
    if (args.side != "both") {
      options.side = args.side;
    }
  }
  if (given.scale) {
    const auto scale = util::parse_decimal(util::trim(args.scale));
    if (!scale) {
      throw UsageError(fmt::format("--scale needs a decimal number such as 0.5, not `{}`", args.scale));
    }
    options.scale = *scale;
  }
  if (given.ready) {
    const auto ready = routine::parse_duration(args.ready, plan::k_max_ready);
    if (!ready) {
      throw UsageError("--ready: " + ready.error());
    }
    options.ready = *ready;
  }
  return options;
}

term::ColorMode color_mode_of(std::string_view text)
{
  const auto mode = term::parse_color_mode(text);
  if (!mode) {
    throw UsageError("--color: " + *check_color(text));
  }
  return *mode;
}

std::optional<render::Theme> theme_of(std::string_view text, const util::EnvLookup& env)
{
  if (const auto problem = check_theme(text)) {
    throw UsageError("--theme: " + *problem);
  }
  if (text != "auto") {
    return text == "light" ? render::Theme::light : render::Theme::dark;
  }
  const char* colorfgbg = env("COLORFGBG");
  const auto background = colorfgbg != nullptr ? term::background_from_colorfgbg(colorfgbg) : term::Background::unknown;
  if (background == term::Background::unknown) {
    return std::nullopt;
  }
  return background == term::Background::light ? render::Theme::light : render::Theme::dark;
}

std::optional<run::Sound> sound_of(std::string_view sound, bool sound_given, bool sound_from_settings, bool no_bell)
{
  if (no_bell) {
    if (sound_given && !sound_from_settings && sound != "off") {
      throw UsageError(fmt::format("--no-bell means --sound off: give one or the other, not --sound {} too", sound));
    }
    return run::Sound::off;
  }
  if (!sound_given) {
    return std::nullopt;
  }
  const auto parsed = run::parse_sound(sound);
  if (!parsed) {
    throw UsageError("--sound: " + *check_sound(sound));
  }
  return parsed;
}

} // namespace stretch::cli
