// SPDX-License-Identifier: MIT
// Loading a routine for a command: resolve the argument, expand includes, build the plan,
// and report every problem. check, edit, show and run all accept exactly the same routines.
#pragma once

#include "commands/context.h"
#include "plan/plan.h"
#include "routine/loader.h"
#include "routine/routine.h"

#include <optional>
#include <string_view>

namespace stretch::commands {

/// Prints each diagnostic to a sink as it comes, one line each.
class DiagnosticPrinter : public routine::DiagnosticSink
{
public:
  explicit DiagnosticPrinter(util::Sink& err) : m_err(err) {}
  void report(const routine::Diagnostic& diagnostic) override;

private:
  util::Sink& m_err;
};

/// A routine without problems, and the outline of its plan with the default options.
struct CheckedRoutine
{
  routine::Routine routine;
  plan::Outline outline;
};

/// The routine file that `fd` holds (standard input, for `-`), called `<standard input>` in
/// messages, without a name until its title or `--as` gives it one. Throws `Error` when it
/// cannot be read or is larger than a routine file may be.
routine::SourceFile read_standard_input(int fd);

/// Loads `file` with its includes through `loader` and outlines its plan with the default
/// options (a plan too large is a problem too): the one check shared by check, edit, list,
/// show and run. Problems go to the loader's sink; nullopt when there were any.
std::optional<CheckedRoutine> load_and_check(routine::Loader& loader, const std::shared_ptr<const routine::ParsedFile>& file);

/// `file` checked as `load_and_check` does, with problems printed to `ctx.err`. Throws
/// `Error` when it has any.
CheckedRoutine check_or_throw(const Context& ctx, const std::shared_ptr<const routine::ParsedFile>& file);

/// The routine that command-line `argument` names (a name or a path), checked as
/// `load_and_check` does, with problems printed to `ctx.err`. Throws `Error` when it has
/// any, `UsageError` for an unknown name.
CheckedRoutine load_or_throw(const Context& ctx, std::string_view argument);

/// What to say of `entry`, a routine installed for everyone that takes the place of a
/// built-in: "takes the place of the built-in `calf`, also in midrun (which includes it)".
std::string builtin_shadowed(const Context& ctx, const library::Entry& entry);

/// Why a routine cannot be planned, in the words of the command line: the option and its
/// limits, or the size of the plan.
std::string describe(const plan::PlanProblem& problem);

/// The routine of `checked` expanded with `options`, with a one-line note on `ctx.err` when
/// `--scale` kept steps at their minimum. Throws `UsageError` when the options do not fit
/// the routine (an unknown side), and `Error` when the plan is too large.
plan::Plan plan_or_throw(const Context& ctx, const CheckedRoutine& checked, const plan::PlanOptions& options);

} // namespace stretch::commands
