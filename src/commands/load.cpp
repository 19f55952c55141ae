// SPDX-License-Identifier: MIT
// Loading a routine for a command: resolve the argument, expand includes, build the plan,
// and report every problem.
#include "commands/load.h"

#include "error.h"
#include "util/messages.h"
#include "util/strings.h"

#include <fmt/format.h>

namespace stretch::commands {

void DiagnosticPrinter::report(const routine::Diagnostic& diagnostic)
{
  m_err.write(routine::format_diagnostic(diagnostic) + '\n');
}

std::optional<CheckedRoutine> load_and_check(routine::Loader& loader, const routine::ParsedFile& file)
{
  std::optional<routine::Routine> routine = loader.load(file);
  if (!routine) {
    return std::nullopt;
  }
  auto plan = plan::build_plan(*routine, {});
  if (!plan) {
    loader.report({file.source.display, 0, 0, plan.error()});
    return std::nullopt;
  }
  return CheckedRoutine{std::move(*routine), std::move(*plan)};
}

CheckedRoutine check_or_throw(const Context& ctx, const routine::ParsedFile& file)
{
  DiagnosticPrinter printer(ctx.err);
  routine::Loader loader(ctx.library, printer);
  auto checked = load_and_check(loader, file);
  if (!checked) {
    throw Error(fmt::format("{} has errors", file.source.display));
  }
  return std::move(*checked);
}

CheckedRoutine load_or_throw(const Context& ctx, std::string_view argument)
{
  return check_or_throw(ctx, *ctx.library.resolve(argument));
}

plan::Plan plan_or_throw(const Context& ctx, const routine::Routine& routine, const plan::PlanOptions& options)
{
  if (auto problem = plan::check_options(routine, options)) {
    throw UsageError(*problem);
  }
  auto plan = plan::build_plan(routine, options);
  if (!plan) {
    throw Error(plan.error());
  }
  if (plan->kept_at_minimum > 0) {
    ctx.err.write(util::note_line(fmt::format("--scale {}: {} {} the least {} may last (the routine's minimum, "
                                              "or 1 second)",
                              util::format_decimal(options.scale), plan->kept_at_minimum, plan->kept_at_minimum == 1 ? "step keeps" : "steps keep",
                                              plan->kept_at_minimum == 1 ? "it" : "they")));
  }
  return std::move(*plan);
}

} // namespace stretch::commands
