// Where the user's routines live: the XDG base directories, read from the environment.
#pragma once

#include "util/env.h"

#include <filesystem>
#include <optional>

namespace stretch::library {

using util::EnvLookup;

/// The user's home folder: `$HOME`, else the password database; nullopt when neither knows.
std::optional<std::filesystem::path> home_dir(const EnvLookup& env);

/// `$VARIABLE` when it holds an absolute path (the XDG rule), else `~/FALLBACK`; nullopt
/// when neither is known.
std::optional<std::filesystem::path> xdg_dir(const EnvLookup& env, const char* variable,
                                             const char* fallback);

/// The user's routine folder: `$XDG_CONFIG_HOME/stretch/routines`, by default
/// `~/.config/stretch/routines`.
std::optional<std::filesystem::path> user_routine_dir(const EnvLookup& env);

/// The folder of the installed copies of the built-in routines: `../share/stretch/routines`
/// beside the running program (found from /proc, `argv0` or `$PATH`), else the folder the
/// build was configured to install them to; nullopt when neither exists.
std::optional<std::filesystem::path> installed_routine_dir(std::string_view argv0, const EnvLookup& env);

} // namespace stretch::library
