// SPDX-License-Identifier: MIT
// `stretch edit`: opens a routine of the user's in their editor, then checks it.
#pragma once

#include "commands/context.h"

#include <functional>
#include <string>
#include <vector>

namespace stretch::commands {

/// What `stretch edit` was asked for.
struct EditOptions
{
  std::string name;
};

/// The world outside `edit`: the editor, and a question for the user.
struct EditIo
{
  /// Runs the editor command `argv` and returns its exit status, or a message.
  std::function<util::Expected<int>(const std::vector<std::string>& argv)> run_editor;
  /// Asks `question`; true for yes. Absent when nobody can answer (no terminal).
  std::function<bool(std::string_view question)> ask;
};

/// The real world: the editor started with `util::run_and_wait`, and the question asked on
/// the terminal when standard input is one.
EditIo process_edit_io();

/// The command that opens `file` in the editor, `$VISUAL`, else `$EDITOR`, else `vi`, the
/// way git runs it: `sh -c 'EDITOR "$@"' EDITOR FILE`. The shell reads the editor's value
/// (so `"/opt/My Editor/ed" -w` works), and the file is an argument of its own, never part
/// of what the shell reads.
std::vector<std::string> editor_command(const util::EnvLookup& env, const std::filesystem::path& file);

/// Opens the user's routine `name` in the editor; a built-in one is first copied to the
/// user's folder. When the editor is done, checks the file and prints its errors, offering
/// to open it again while there are any. Returns 0 when the file ends up valid, else 1.
int edit_command(const Context& ctx, const EditOptions& options, const EditIo& io);

} // namespace stretch::commands
