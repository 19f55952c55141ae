// SPDX-License-Identifier: MIT
// `stretch list`: every routine with its title, total time and where it comes from.
#pragma once

#include "commands/context.h"

namespace stretch::commands {

/// What `stretch list` was asked for.
struct ListOptions
{
  bool names_only = false; // `--names`: bare names, one per line
};

/// Prints the routine table (or bare names) to `ctx.out`; returns the exit status.
int list_command(const Context& ctx, const ListOptions& options);

} // namespace stretch::commands
