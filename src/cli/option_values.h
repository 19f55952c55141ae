// SPDX-License-Identifier: MIT
// The values of command-line options and settings, read as stretch reads them: numbers in
// decimal only (CLI11 would take `010` for octal), blanks around a value ignored, one rule
// and one message for a setting and its option alike.
#pragma once

#include "cli/arguments.h"
#include "plan/plan.h"
#include "render/style.h"
#include "routine/duration.h"
#include "live/alerts.h"
#include "term/display.h"
#include "util/env.h"
#include "util/expected.h"

#include <optional>
#include <string>
#include <string_view>

namespace stretch::cli {

/// Why `value` is not a value a setting or an option takes, or nullopt.
using ValueCheck = std::optional<std::string> (*)(std::string_view value);

/// true or false (also yes, no, on, off, 1, 0, in any case).
std::optional<std::string> check_boolean(std::string_view value);
/// A lead-in: a duration from 0 to `plan::k_max_ready`.
std::optional<std::string> check_ready(std::string_view value);

/// Why `value` is no folder `--history-dir` takes (an absolute path, or one under `~/`).
std::optional<std::string> check_history_dir(std::string_view value);

/// Why `value` is no name for a device (see `history::check_device_name`).
std::optional<std::string> check_device(std::string_view value);

/// Whether a boolean setting's `value` (one `check_boolean` accepts) means true.
bool is_true(std::string_view value);

/// A whole number from `min` to `max` in decimal, for option `name`; throws `UsageError`
/// naming the option and the limits.
int read_count(std::string_view name, std::string_view text, int min, int max);

/// The plan options (`--reps`, `--side`, `--scale`, `--ready`) of `args`, read; throws
/// `UsageError` for a value that cannot be read.
plan::PlanOptions plan_options(const Arguments& args);

/// The theme `text` (`--theme`) names: nullopt for `auto`, decided by `COLORFGBG` when it
/// tells (the session asks the terminal itself when it cannot). Throws `UsageError`.
std::optional<render::Theme> theme_of(std::string_view text, const util::EnvLookup& env);

/// The colour mode `text` (`--color`) names. Throws `UsageError`.
term::ColorMode color_mode_of(std::string_view text);

/// The sound `--sound SOUND` and `--no-bell` of `args` ask for: nullopt when neither was
/// given; `--no-bell` wins over a sound from the settings file, and clashes with another
/// one from the command line. Throws `UsageError`.
std::optional<live::Sound> sound_of(const Arguments& args);

} // namespace stretch::cli
