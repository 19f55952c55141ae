// SPDX-License-Identifier: MIT
// `stretch path`: where the user's routines, the history log, the settings and the built-ins are.
#include "commands/path.h"

#include "error.h"
#include "history/log_file.h"

#include <fmt/format.h>

namespace stretch::commands {

int path_command(const Context& ctx, const PathOptions& options)
{
  const auto routines = ctx.library.user_dir();
  const auto log_location = history::log_path(ctx.env);
  const std::optional<std::filesystem::path> log =
    log_location ? std::optional<std::filesystem::path>(log_location->path) : std::nullopt;
  const auto text = [](const std::optional<std::filesystem::path>& path) {
    return path ? path->string() : std::string("(unknown: no home folder)");
  };
  if (options.which) {
    const std::string& which = *options.which;
    const auto& path = which == "routines"  ? routines
                       : which == "history" ? log
                       : which == "config"  ? options.config_file
                                            : options.builtins_dir;
    if (!path) {
      throw Error(fmt::format("no {} path is known", which));
    }
    ctx.out.write(path->string() + '\n');
    return 0;
  }
  std::error_code ec;
  const bool config_exists = options.config_file && std::filesystem::exists(*options.config_file, ec);
  ctx.out.write(fmt::format("routines  {}\nhistory   {}\nconfig    {}{}\nbuiltins  {}\n", text(routines), text(log),
                            text(options.config_file), options.config_file && !config_exists ? " (none yet)" : "",
                            options.builtins_dir ? options.builtins_dir->string() + " (copies: the program carries its own)"
                                                 : std::string("compiled into the program")));
  return 0;
}

} // namespace stretch::commands
