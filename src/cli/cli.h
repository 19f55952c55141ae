// SPDX-License-Identifier: MIT
// The command line: one table row per command, parsed with CLI11; runs the command.
#pragma once

#include <string_view>
#include <vector>

namespace stretch::cli {

/// The name of every command, in the order `--help` lists them: the words `stretch WORD`
/// takes for a command rather than a routine.
std::vector<std::string_view> command_names();

/// Runs `stretch` with `argv`; returns the exit status: 0 success, 1 runtime or data error,
/// 2 usage error, 130 after Ctrl-C.
int run(int argc, const char* const* argv);

} // namespace stretch::cli
