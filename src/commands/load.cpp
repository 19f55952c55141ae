// SPDX-License-Identifier: MIT
// Loading a routine for a command: resolve the argument, expand includes, build the plan,
// and report every problem.
#include "commands/load.h"

#include "error.h"
#include "routine/source_lines.h"
#include "util/file.h"
#include "util/messages.h"
#include "util/strings.h"

#include <fmt/format.h>

namespace stretch::commands {

void DiagnosticPrinter::report(const routine::Diagnostic& diagnostic)
{
  m_err.write(routine::format_diagnostic(diagnostic) + '\n');
}

std::optional<CheckedRoutine> load_and_check(routine::Loader& loader, const std::shared_ptr<const routine::ParsedFile>& file)
{
  std::optional<routine::Routine> routine = loader.load(file);
  if (!routine) {
    return std::nullopt;
  }
  const auto outline = plan::outline_plan(*routine, {});
  if (!outline) {
    loader.report({file->source.display, 0, 0, describe(outline.failure())});
    return std::nullopt;
  }
  return CheckedRoutine{std::move(*routine), *outline};
}

CheckedRoutine check_or_throw(const Context& ctx, const std::shared_ptr<const routine::ParsedFile>& file)
{
  DiagnosticPrinter printer(ctx.err);
  routine::Loader loader(ctx.library, printer);
  auto checked = load_and_check(loader, file);
  if (!checked) {
    throw Error(fmt::format("{} has errors", file->source.display));
  }
  return std::move(*checked);
}

routine::SourceFile read_standard_input(int fd)
{
  auto text = util::read_all(fd, routine::k_max_file_size);
  if (!text) {
    throw Error(fmt::format("standard input: {}", text.error()));
  }
  return {"", "<standard input>", std::move(*text)};
}

CheckedRoutine load_or_throw(const Context& ctx, std::string_view argument)
{
  return check_or_throw(ctx, ctx.library.resolve(argument));
}

std::string builtin_shadowed(const Context& ctx, const library::Entry& entry)
{
  const std::vector<std::string> includers = ctx.library.includers(entry.name);
  return fmt::format("takes the place of the built-in `{}` for everyone here{}", entry.name,
                     includers.empty() ? std::string()
                                       : fmt::format(", also in {} (which include it)", util::join(includers, ", ")));
}

std::string describe(const plan::PlanProblem& problem)
{
  using Kind = plan::PlanProblem::Kind;
  switch (problem.kind) {
  case Kind::scale:
    return fmt::format("--scale must be more than 0 and at most {}", util::format_decimal(plan::k_max_scale));
  case Kind::reps:
    return fmt::format("--reps must be from 1 to {}", routine::k_max_reps);
  case Kind::ready:
    return fmt::format("--ready must be from 0 to {} minutes",
                       std::chrono::duration_cast<std::chrono::minutes>(plan::k_max_ready).count());
  case Kind::no_sides:
    return fmt::format("--side: routine `{}` has no sides to choose from", problem.routine);
  case Kind::unknown_side:
    return fmt::format("--side: routine `{}` has no side `{}`; choose {} or both", problem.routine, problem.side,
                       util::join(problem.sides, ", "));
  case Kind::too_many_steps:
    break;
  }
  return fmt::format("routine `{}` expands to more than {} steps", problem.routine, plan::k_max_steps);
}

plan::Plan plan_or_throw(const Context& ctx, const CheckedRoutine& checked, const plan::PlanOptions& options)
{
  auto plan = plan::build_plan(checked.routine, options);
  if (!plan) {
    if (plan.failure().kind == plan::PlanProblem::Kind::too_many_steps) {
      throw Error(describe(plan.failure()));
    }
    throw UsageError(describe(plan.failure()));
  }
  if (plan->kept_at_minimum > 0) {
    ctx.err.write(util::note_line(fmt::format("--scale {}: {} {} the least {} may last (the routine's minimum, "
                                              "or 1 second)",
                                              util::format_decimal(options.scale), plan->kept_at_minimum,
                                              plan->kept_at_minimum == 1 ? "step keeps" : "steps keep",
                                              plan->kept_at_minimum == 1 ? "it" : "they")));
  }
  return std::move(*plan);
}

} // namespace stretch::commands
