// SPDX-License-Identifier: MIT
// The values of command-line options and settings.
#include "cli/option_values.h"


#include "cli/options.h"
#include "error.h"
#include "history/device.h"
#include "i18n/format.h"
#include "render/step_text.h"
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
  return i18n::trf("expected true or false, not `{value}`", fmt::arg("value", value));
}

bool is_true(std::string_view value)
{
  return is_one_of(value, k_true);
}




std::optional<std::string> check_history_dir(std::string_view value)
{
  if (value.starts_with("/") || value == "~" || value.starts_with("~/")) {
    return std::nullopt;
  }
  return i18n::tr("expected a folder's absolute path, or one that starts with ~/");
}

std::optional<std::string> check_device(std::string_view value)
{
  return history::check_device_name(value);
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
    throw UsageError(i18n::trf("{option} needs a whole number from {least} to {most}, not `{value}`", fmt::arg("option", name),
                               fmt::arg("least", min), fmt::arg("most", max), fmt::arg("value", text)));
  }
  return static_cast<int>(*count);
}

plan::PlanOptions plan_options(const Arguments& args)
{
  plan::PlanOptions options;
  if (const auto reps = args.value("--reps")) {
    options.reps = read_count("--reps", *reps, 1, routine::k_max_reps);
  }
  if (const auto side = args.value("--side")) {
    if (util::trim(*side).empty()) {
      throw UsageError(i18n::tr("--side needs a side, such as left, right or both"));
    }
    // The words of the user's language name the usual sides too: `--side links`.
    if (*side != "both" && *side != i18n::tr("both")) {
      options.side = std::string(render::side_key(*side));
    }
  }
  if (const auto text = args.value("--scale")) {
    const auto scale = util::parse_decimal(util::trim(*text));
    if (!scale) {
      throw UsageError(i18n::trf("--scale needs a decimal number such as 0.5, not `{value}`", fmt::arg("value", *text)));
    }
    options.scale = *scale;
  }
  if (const auto text = args.value("--ready")) {
    const auto ready = routine::parse_duration(*text, plan::k_max_ready);
    if (!ready) {
      throw UsageError("--ready: " + ready.error());
    }
    options.ready = *ready;
  }
  return options;
}

term::ColorMode color_mode_of(std::string_view text)
{
  const OptionRow& row = *find_option("--color");
  if (const auto problem = check_value(row, text)) {
    throw UsageError("--color: " + *problem);
  }
  constexpr term::ColorMode k_modes[] = {term::ColorMode::automatic, term::ColorMode::always, term::ColorMode::never};
  return k_modes[*choice(row, text)]; // in the order of the option's values
}

std::optional<render::Theme> theme_of(std::string_view text, const util::EnvLookup& env)
{
  if (const auto problem = check_value(*find_option("--theme"), text)) {
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

std::optional<live::Sound> sound_of(const Arguments& args)
{
  const auto sound = args.value("--sound");
  if (args.flag("--no-bell")) {
    if (sound && args.on_command_line("--sound") && *sound != "off") {
      throw UsageError(i18n::trf("--no-bell means --sound off: give one or the other, not --sound {sound} too",
                                 fmt::arg("sound", *sound)));

    }
    return live::Sound::off;
  }
  if (!sound) {
    return std::nullopt;
  }
  const OptionRow& row = *find_option("--sound");
  if (const auto problem = check_value(row, *sound)) {
    throw UsageError("--sound: " + *problem);
  }
  constexpr live::Sound k_sounds[] = {live::Sound::tones, live::Sound::bell, live::Sound::off};
  return k_sounds[*choice(row, *sound)]; // in the order of the option's values
}

} // namespace stretch::cli
