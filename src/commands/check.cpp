// `stretch check`: validates routine files and reports every problem in each.
#include "commands/check.h"

#include "commands/load.h"
#include "error.h"
#include "util/terminal_text.h"

#include <fmt/format.h>

namespace stretch::commands {
namespace {

constexpr int k_exit_invalid = 1;
constexpr int k_exit_usage = 2;

// Checks one file or routine name; the exit status it calls for.
int check_one(const Context& ctx, routine::Loader& loader, const std::string& argument)
{
  std::shared_ptr<const routine::ParsedFile> file;
  if (library::is_path_argument(argument)) {
    auto read = library::Library::read_path(argument);
    if (!read) {
      ctx.err.write(routine::format_diagnostic({argument, 0, 0, read.error()}) + '\n');
      return k_exit_invalid;
    }
    file = routine::parse_file(std::move(*read));
  } else {
    try {
      file = ctx.library.resolve(argument);
    } catch (const Error& error) {
      ctx.err.write(util::terminal_safe(fmt::format("stretch: error: {}", error.what())) + '\n');
      return dynamic_cast<const UsageError*>(&error) != nullptr ? k_exit_usage : k_exit_invalid;
    }
  }
  const auto checked = load_and_check(loader, *file);
  if (!checked) {
    return k_exit_invalid;
  }
  ctx.out.write(util::terminal_safe(fmt::format("{}: ok: {} ({})", file->source.display, checked->routine.title,
                                                routine::format_duration(checked->plan.total)))
                + '\n');
  return 0;
}

} // namespace

int check_command(const Context& ctx, const CheckOptions& options)
{
  DiagnosticPrinter printer(ctx.err);
  routine::Loader loader(ctx.library, printer);
  int status = 0;
  for (const std::string& file : options.files) {
    status = std::max(status, check_one(ctx, loader, file));
  }
  return status;
}

} // namespace stretch::commands
