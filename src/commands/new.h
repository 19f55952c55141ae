// SPDX-License-Identifier: MIT
// `stretch new`: a routine of the user's own, from a starter or from a copy.
#pragma once

#include "commands/context.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stretch::commands {

/// What `stretch new` was asked for.
struct NewOptions
{
  std::string name;
  std::optional<std::string> from{}; // `--from ROUTINE`: copy that routine
  bool force = false;                // `--force`: replace an existing file
  bool replace_builtin = false;      // `--replace-builtin`: take a built-in routine's name
  std::vector<std::string_view> commands{}; // the words that are commands: such a routine runs with `stretch run NAME`
};

/// Writes the routine to the user's routine folder and prints its path. A name given with
/// the `.stretch` ending is taken without it. A routine copied with `from` must pass the
/// checks of `stretch check` first. Throws `UsageError` for a bad name or an unknown
/// `--from`, and `Error` when `--from` has errors, the name is a built-in routine's
/// (without `replace_builtin`, see `claim_name`), or the file exists (without `force`) or
/// cannot be written.
int new_command(const Context& ctx, const NewOptions& options);

/// `name` without a `.stretch` ending: what `new a.stretch` means. One ending only: a name
/// that still ends in `.stretch` is refused by `user_routine_file`, since no command could
/// reach a routine of that name.
std::string routine_name_of(std::string_view name);

/// Makes sure a routine of the user's may be called `name`, as `new` and `import` do alike:
/// when a built-in routine has that name (or alias), and the user has no routine of that
/// name yet, throws `Error` unless `replace_builtin`, saying which routines include it;
/// with `replace_builtin`, returns the note to print once the file is written. A routine
/// installed for everyone under that name gets a note, not a refusal.
std::optional<std::string> claim_name(const Context& ctx, std::string_view name, bool replace_builtin);

/// The file of the user's routine called `name`, in the user's routine folder. Throws
/// `UsageError` when `name` cannot be a routine name, `Error` when there is no folder.
std::filesystem::path user_routine_file(const Context& ctx, std::string_view name);

} // namespace stretch::commands
