// SPDX-License-Identifier: MIT
// `stretch check`: validates routine files and reports every problem in each.
#pragma once

#include "commands/context.h"

#include <string>
#include <vector>

namespace stretch::commands {

/// What `stretch check` was asked for.
struct CheckOptions
{
  std::vector<std::string> files; // paths, or names of routines
  bool lint = false;              // `--lint`: also print the linter's warnings
  bool strict = false;            // `--strict`: the linter's warnings fail the check too
};

/// Prints one line per valid file to `ctx.out` (title and total time) and every error of
/// every file to `ctx.err`; with `lint`, the linter's warnings too, each once, and
/// without, one line that says how many there are. Returns 0 when all are valid (and,
/// with `strict`, draw no warning), 2 when an argument names no routine, else 1.
int check_command(const Context& ctx, const CheckOptions& options);

} // namespace stretch::commands
