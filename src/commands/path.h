// SPDX-License-Identifier: MIT
// `stretch path`: where the user's routines, the history log, the settings and the built-ins are.
#pragma once

#include "commands/context.h"

#include <filesystem>
#include <optional>
#include <string>

namespace stretch::commands {

/// What `stretch path` was asked for.
struct PathOptions
{
  std::optional<std::string> which{}; // `routines`, `installed`, `history`, `config` or `builtins`: only that
  std::optional<std::filesystem::path> builtins_dir{}; // the installed copies of the built-ins
  std::optional<std::filesystem::path> config_file{};  // the settings file read (it may not exist)
  std::optional<std::string> history_dir{}; // `history-dir`: a history folder
  std::string device_name{};                // `device`: this device's name
};

/// Prints the paths, one per line with a label (and whether it exists yet), or just the
/// ones asked for. With a history folder, `history` is the folder and this device's file in
/// it, a line each.
int path_command(const Context& ctx, const PathOptions& options);

} // namespace stretch::commands
