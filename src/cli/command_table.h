// SPDX-License-Identifier: MIT
// Every command of the command line, one row each: its name, what it does, its arguments,
// its examples and the function that runs it on the options given. The parser, --help,
// the usage errors and the dispatch read the rows; adding a command is adding a row.
#pragma once

#include "cli/arguments.h"
#include "cli/help_text.h"
#include "commands/context.h"

#include <span>
#include <string>
#include <string_view>

namespace stretch::cli {

/// A positional argument of a command.
struct Positional
{
  std::string_view name; ///< `ROUTINE`
  std::string_view help;
  bool required = true;
  bool many = false;     ///< one or more
};

/// What a command runs with.
struct Invocation
{
  const commands::Context& ctx;
  const Arguments& args;
  std::string_view argv0;
  std::string settings_path; ///< the settings file read, or "" for none
  bool top = false;          ///< `stretch ROUTINE`: the top level, not `stretch run`
};

/// A command: one row.
struct Command
{
  std::string_view name;
  unsigned bit;             ///< its `CommandBit`, for the options it takes
  std::string_view summary; ///< one sentence for --help
  std::string_view needs;   ///< what its arguments are, for the message when they are missing
  std::span<const Positional> positionals;
  int (*run)(const Invocation& invocation);
  std::span<const Example> examples;
  std::string_view usage{};                      ///< its usage lines, when CLI11's would not say how it goes
  std::span<const Command> subcommands{};        ///< its own commands (`remind list`)
};

/// Every command, in the order --help lists them.
std::span<const Command> command_rows();

/// `stretch ROUTINE`: the top level, which runs a routine.
const Command& top_command();

/// The row of the command typed as `path` after `stretch` (`remind remove`) among
/// `commands`, or null.
const Command* find_command(std::string_view path, std::span<const Command> commands = command_rows());

/// The name of every command, in the order `--help` lists them: the words `stretch WORD`
/// takes for a command rather than a routine.
std::vector<std::string_view> command_names();

} // namespace stretch::cli
