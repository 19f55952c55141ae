// SPDX-License-Identifier: MIT
// The values of command-line options and settings, read as stretch reads them: numbers in
// decimal only (CLI11 would take `010` for octal), blanks around a value ignored, one rule
// and one message for a setting and its option alike.
#pragma once

#include "plan/plan.h"
#include "render/style.h"
#include "routine/duration.h"
#include "run/cues.h"
#include "term/display.h"
#include "util/env.h"
#include "util/expected.h"

#include <optional>
#include <string>
#include <string_view>

namespace stretch::cli {

/// Why `value` is not a value a setting or an option takes, or nullopt.
using ValueCheck = std::optional<std::string> (*)(std::string_view value);

/// true or false (also yes, no, on, off, 1, 0).
std::optional<std::string> check_boolean(std::string_view value);
/// tones, bell or off.
std::optional<std::string> check_sound(std::string_view value);
/// auto, dark or light.
std::optional<std::string> check_theme(std::string_view value);
/// auto, always or never.
std::optional<std::string> check_color(std::string_view value);
/// A lead-in: a duration from 0 to `plan::k_max_ready`.
std::optional<std::string> check_ready(std::string_view value);

/// Whether a boolean setting's `value` (one `check_boolean` accepts) means true.
bool is_true(std::string_view value);

/// A whole number from `min` to `max` in decimal, for option `name`; throws `UsageError`
/// naming the option and the limits.
int read_count(std::string_view name, std::string_view text, int min, int max);

/// The plan options as written on the command line (or in the settings file), each with
/// whether it was given.
struct PlanArgs
{
  std::string reps;
  std::string side;
  std::string scale;
  std::string ready;
};

/// Which of the plan options were given.
struct Given
{
  bool reps = false;
  bool side = false;
  bool scale = false;
  bool ready = false;
};

/// `args` read into plan options; throws `UsageError` for a value that cannot be read.
plan::PlanOptions plan_options(const PlanArgs& args, const Given& given);

/// The theme `text` (`--theme`) names: nullopt for `auto`, decided by `COLORFGBG` when it
/// tells (the session asks the terminal itself when it cannot). Throws `UsageError`.
std::optional<render::Theme> theme_of(std::string_view text, const util::EnvLookup& env);

/// The colour mode `text` (`--color`) names. Throws `UsageError`.
term::ColorMode color_mode_of(std::string_view text);

/// The sound `--sound SOUND` and `--no-bell` ask for: nullopt when neither was given;
/// `--no-bell` wins over a sound from the settings file, and clashes with another one from
/// the command line. Throws `UsageError`.
std::optional<run::Sound> sound_of(std::string_view sound, bool sound_given, bool sound_from_settings, bool no_bell);

} // namespace stretch::cli
