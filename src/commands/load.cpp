// Loading a routine for a command: resolve the argument, expand includes, report problems.
#include "commands/load.h"

#include "error.h"
#include "routine/loader.h"

#include <fmt/format.h>

namespace stretch::commands {

routine::Routine load_or_throw(const Context& ctx, std::string_view argument)
{
  const routine::SourceFile file = ctx.library.resolve(argument);
  routine::LoadResult loaded = routine::load_routine(file, ctx.library);
  if (!loaded.routine) {
    ctx.err.write(routine::format_diagnostics(loaded.diagnostics));
    throw Error(fmt::format("{} has errors", file.display));
  }
  return std::move(*loaded.routine);
}

plan::Plan plan_or_throw(const routine::Routine& routine, const plan::PlanOptions& options)
{
  if (auto problem = plan::check_options(routine, options)) {
    throw UsageError(*problem);
  }
  auto plan = plan::build_plan(routine, options);
  if (!plan) {
    throw Error(plan.error());
  }
  return std::move(*plan);
}

} // namespace stretch::commands
