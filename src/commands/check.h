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
};

/// Prints one line per valid file to `ctx.out` (title and total time) and every error of
/// every file to `ctx.err`. Returns 0 when all are valid, else 1.
int check_command(const Context& ctx, const CheckOptions& options);

} // namespace stretch::commands
