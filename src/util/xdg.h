// SPDX-License-Identifier: MIT
// The user's own folders: the home folder and the XDG base directories, from the environment.
#pragma once

#include "util/env.h"

#include <filesystem>
#include <optional>

namespace stretch::util {

/// The user's home folder: `$HOME`, else the password database; nullopt when neither knows.
std::optional<std::filesystem::path> home_dir(const EnvLookup& env);

/// `$VARIABLE` when it holds an absolute path (the XDG rule), else `~/FALLBACK`; nullopt
/// when neither is known.
std::optional<std::filesystem::path> xdg_dir(const EnvLookup& env, const char* variable, const char* fallback);

/// The user's `stretch` folder for settings: `$XDG_CONFIG_HOME/stretch`, by default
/// `~/.config/stretch`.
std::optional<std::filesystem::path> config_dir(const EnvLookup& env);

/// The user's `stretch` folder for files made again at will (the tones):
/// `$XDG_CACHE_HOME/stretch`, by default `~/.cache/stretch`.
std::optional<std::filesystem::path> cache_dir(const EnvLookup& env);

} // namespace stretch::util
