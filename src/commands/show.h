// SPDX-License-Identifier: MIT
// `stretch show`: the expanded plan of a routine, or its file text.
#pragma once

#include "commands/context.h"
#include "plan/plan.h"

#include <string>

namespace stretch::commands {

/// What `stretch show` was asked for.
struct ShowOptions
{
  std::string routine;       // a name or a path
  bool source = false;       // `--source`: the file text instead of the plan
  plan::PlanOptions plan{};  // the same adaptations a session takes
};

/// Prints the plan (or source) of `options.routine` to `ctx.out`; returns the exit status.
/// Throws `Error` or `UsageError` as `load_or_throw` and `plan_or_throw` do.
int show_command(const Context& ctx, const ShowOptions& options);

} // namespace stretch::commands
