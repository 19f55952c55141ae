// `stretch check`: validates routine files and reports every problem in each.
#include "commands/check.h"

#include "error.h"
#include "plan/plan.h"
#include "routine/loader.h"
#include "util/terminal_text.h"

#include <fmt/format.h>

namespace stretch::commands {
namespace {

// Checks one file; true when it is valid.
bool check_one(const Context& ctx, const std::string& argument)
{
  std::optional<routine::SourceFile> file;
  if (library::is_path_argument(argument)) {
    auto read = library::Library::read_path(argument);
    if (!read) {
      ctx.err.write(routine::format_diagnostic({argument, 0, 0, read.error()}) + '\n');
      return false;
    }
    file = std::move(*read);
  } else {
    try {
      file = ctx.library.resolve(argument);
    } catch (const Error& error) {
      ctx.err.write(util::terminal_safe(fmt::format("stretch: error: {}", error.what())) + '\n');
      return false;
    }
  }
  const routine::LoadResult loaded = routine::load_routine(*file, ctx.library);
  if (!loaded.routine) {
    ctx.err.write(routine::format_diagnostics(loaded.diagnostics));
    return false;
  }
  const auto plan = plan::build_plan(*loaded.routine, {});
  if (!plan) {
    ctx.err.write(routine::format_diagnostic({file->display, 0, 0, plan.error()}) + '\n');
    return false;
  }
  ctx.out.write(util::terminal_safe(fmt::format("{}: ok: {} ({})", file->display,
                                                loaded.routine->title,
                                                routine::format_duration(plan->total)))
                + '\n');
  return true;
}

} // namespace

int check_command(const Context& ctx, const CheckOptions& options)
{
  bool all_valid = true;
  for (const std::string& file : options.files) {
    all_valid = check_one(ctx, file) && all_valid;
  }
  return all_valid ? 0 : 1;
}

} // namespace stretch::commands
