// SPDX-License-Identifier: MIT
// `stretch path`: where the user's routines, the routines installed for them, the history
// log, the settings and the built-ins are.
#include "commands/path.h"

#include "error.h"
#include "history/log_file.h"
#include "util/terminal_text.h"

#include <fmt/format.h>

namespace stretch::commands {

int path_command(const Context& ctx, const PathOptions& options)
{
  const auto routines = ctx.library.user_dir();
  const auto log_location = history::log_path(ctx.env);
  const std::optional<std::filesystem::path> log =
    log_location ? std::optional<std::filesystem::path>(log_location->path) : std::nullopt;
  std::vector<std::filesystem::path> installed;
  for (const library::Folder& folder : ctx.library.folders()) {
    if (folder.origin == library::Origin::installed) {
      installed.push_back(folder.path);
    }
  }
  const auto text = [&](const std::optional<std::filesystem::path>& path) {
    return path ? ctx.shown(*path) : std::string("(unknown: no home folder)");
  };
  if (options.which) {
    const std::string& which = *options.which;
    if (which == "installed") {
      std::string out;
      for (const std::filesystem::path& folder : installed) {
        out += ctx.shown(folder) + '\n';
      }
      ctx.out.write(out);
      return 0;
    }
    if (which != "routines" && which != "history" && which != "config" && which != "builtins") {
      throw UsageError(fmt::format("`stretch path` prints routines, installed, history, config or builtins, not `{}`",
                                   util::terminal_safe(which)));
    }
    const auto& path = which == "routines"  ? routines
                       : which == "history" ? log
                       : which == "config"  ? options.config_file
                                            : options.builtins_dir;
    if (!path) {
      throw Error(fmt::format("no {} path is known", which));
    }
    ctx.out.write(ctx.shown(*path) + '\n');
    return 0;
  }
  std::error_code ec;
  const auto missing = [&](const std::optional<std::filesystem::path>& path, std::string_view absent) {
    return path && !std::filesystem::exists(*path, ec) ? fmt::format(" ({})", absent) : std::string();
  };
  std::string out = fmt::format("routines  {}{}\n", text(routines), missing(routines, "none yet"));
  for (const std::filesystem::path& folder : installed) {
    out += fmt::format("installed {}{}\n", ctx.shown(folder), missing(folder, "none"));
  }
  out += fmt::format("history   {}{}\nconfig    {}{}\nbuiltins  {}\n", text(log), missing(log, "none yet"),
                     text(options.config_file), missing(options.config_file, "none yet"),
                     options.builtins_dir ? ctx.shown(*options.builtins_dir) + " (copies: the program carries its own)"
                                          : std::string("compiled into the program"));
  ctx.out.write(out);
  return 0;
}

} // namespace stretch::commands
