// SPDX-License-Identifier: MIT
// Where the user's routines live: the XDG base directories, read from the environment.
#pragma once

#include "library/library.h"
#include "util/env.h"

#include <filesystem>
#include <optional>
#include <vector>

namespace stretch::library {

using util::EnvLookup;

/// The user's routine folder: `$XDG_CONFIG_HOME/stretch/routines`, by default
/// `~/.config/stretch/routines`.
std::optional<std::filesystem::path> user_routine_dir(const EnvLookup& env);

/// Every folder routines are read from, in order of precedence: the user's own
/// (`user_routine_dir`), then `$XDG_DATA_HOME/stretch/routines` (by default
/// `~/.local/share/stretch/routines`), then `stretch/routines` in each folder of
/// `$XDG_DATA_DIRS` (by default `/usr/local/share:/usr/share`), in its order. Relative
/// folders are left out, as the XDG rules say.
std::vector<Folder> routine_folders(const EnvLookup& env);

/// The folder of the installed copies of the built-in routines, as examples:
/// `../share/doc/stretch/examples` beside the running program (found from /proc, `argv0` or
/// `$PATH`), else the folder the build was configured to install them to; nullopt when
/// neither exists.
std::optional<std::filesystem::path> installed_routine_dir(std::string_view argv0, const EnvLookup& env);

/// The folder of the installed translations (`LANG/LC_MESSAGES/stretch.mo`):
/// `../share/locale` beside the running program, or `locale` in its own folder (a build
/// tree), else the folder the build was configured to install them to.
std::filesystem::path installed_locale_dir(std::string_view argv0, const EnvLookup& env);

} // namespace stretch::library
