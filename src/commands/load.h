// Loading a routine for a command: resolve the argument, expand includes, report problems.
#pragma once

#include "commands/context.h"
#include "plan/plan.h"
#include "routine/routine.h"

#include <string_view>

namespace stretch::commands {

/// The routine that command-line `argument` names (a name or a path), with its includes.
/// Prints its diagnostics to `ctx.err` and throws `Error` when it has any.
routine::Routine load_or_throw(const Context& ctx, std::string_view argument);

/// `routine` expanded with `options`. Throws `UsageError` when the options do not fit the
/// routine (an unknown side), and `Error` when the plan is too large.
plan::Plan plan_or_throw(const routine::Routine& routine, const plan::PlanOptions& options);

} // namespace stretch::commands
