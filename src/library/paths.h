// SPDX-License-Identifier: MIT
// Where the user's routines live: the XDG base directories, read from the environment.
#pragma once

#include "util/env.h"

#include <filesystem>
#include <optional>

namespace stretch::library {

using util::EnvLookup;

/// The user's routine folder: `$XDG_CONFIG_HOME/stretch/routines`, by default
/// `~/.config/stretch/routines`.
std::optional<std::filesystem::path> user_routine_dir(const EnvLookup& env);

/// The folder of the installed copies of the built-in routines, as examples:
/// `../share/doc/stretch/examples` beside the running program (found from /proc, `argv0` or
/// `$PATH`), else the folder the build was configured to install them to; nullopt when
/// neither exists.
std::optional<std::filesystem::path> installed_routine_dir(std::string_view argv0, const EnvLookup& env);

} // namespace stretch::library
