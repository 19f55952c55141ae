// SPDX-License-Identifier: MIT
// `stretch import`: a routine from a physio or a friend, checked, then copied to the
// user's folder under its own name.
#pragma once

#include "commands/context.h"

#include <optional>
#include <string>

namespace stretch::commands {

/// What `stretch import` was asked for.
struct ImportOptions
{
  std::string source;                // a routine file, or `-` for standard input
  std::optional<std::string> name{}; // `--as NAME`; else the file's name, or from standard input the title's
  bool force = false;                // `--force`: replace a routine of the user's with that name
  bool replace_builtin = false;      // `--replace-builtin`: take a built-in routine's name
};

/// `title` as a routine name: lower-case letters and digits, words joined by dashes;
/// "" when nothing of it is left.
std::string name_from_title(std::string_view title);

/// Checks the routine (read from `input` for `-`) as `stretch check` does, printing its
/// errors, and copies it byte for byte to the user's folder, then prints the new file's path. Throws `Error` when it has
/// errors, cannot be read, or the name is taken (without `force`); `UsageError` for a name
/// that cannot be a routine's.
int import_command(const Context& ctx, const ImportOptions& options, int input);

} // namespace stretch::commands
