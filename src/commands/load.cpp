// SPDX-License-Identifier: MIT
// Loading a routine for a command: resolve the argument, expand includes, build the plan,
// and report every problem.
#include "commands/load.h"

#include "error.h"
#include "i18n/format.h"
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
    throw Error(i18n::trf("{file} has errors", fmt::arg("file", file->source.display)));
  }
  return std::move(*checked);
}

routine::SourceFile read_standard_input(int fd)
{
  auto text = util::read_all(fd, routine::k_max_file_size);
  if (!text) {
    throw Error(i18n::trf("standard input: {reason}", fmt::arg("reason", text.error())));
  }
  return {"", i18n::tr("<standard input>"), std::move(*text)};
}

CheckedRoutine load_or_throw(const Context& ctx, std::string_view argument)
{
  return check_or_throw(ctx, ctx.library.resolve(argument));
}

std::string builtin_shadowed(const Context& ctx, const library::Entry& entry)
{
  const std::vector<std::string> includers = ctx.library.includers(entry.name);
  return includers.empty()
           ? i18n::trf("takes the place of the built-in `{name}` for everyone here", fmt::arg("name", entry.name))
           : i18n::trf("takes the place of the built-in `{name}` for everyone here, also in {routines} (which include it)",
                       fmt::arg("name", entry.name), fmt::arg("routines", util::join(includers, ", ")));
}

std::string describe(const plan::PlanProblem& problem)
{
  using Kind = plan::PlanProblem::Kind;
  switch (problem.kind) {
  case Kind::scale:
    return i18n::trf("--scale must be more than 0 and at most {most}", fmt::arg("most", util::format_decimal(plan::k_max_scale)));
  case Kind::reps:
    return i18n::trf("--reps must be from 1 to {most}", fmt::arg("most", routine::k_max_reps));
  case Kind::ready:
    return i18n::trf("--ready must be from 0 to {most} minutes",
                     fmt::arg("most", std::chrono::duration_cast<std::chrono::minutes>(plan::k_max_ready).count()));
  case Kind::no_sides:
    return i18n::trf("--side: routine `{routine}` has no sides to choose from", fmt::arg("routine", problem.routine));
  case Kind::unknown_side:
    return i18n::trf("--side: routine `{routine}` has no side `{side}`; choose {sides} or both",
                     fmt::arg("routine", problem.routine), fmt::arg("side", problem.side),
                     fmt::arg("sides", util::join(problem.sides, ", ")));
  case Kind::too_many_steps:
    break;
  }
  return i18n::trf("routine `{routine}` expands to more than {most} steps", fmt::arg("routine", problem.routine),
                   fmt::arg("most", plan::k_max_steps));
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
    ctx.err.write(util::note_line(
      i18n::trnf("--scale {scale}: {n} step keeps the least it may last (the routine's minimum, or 1 second)",
                 "--scale {scale}: {n} steps keep the least they may last (the routine's minimum, or 1 second)",
                 plan->kept_at_minimum, fmt::arg("scale", util::format_decimal(options.scale)))));

  }
  return std::move(*plan);
}

} // namespace stretch::commands
