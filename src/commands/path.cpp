// SPDX-License-Identifier: MIT
// `stretch path`: where the user's routines, the routines installed for them, the history
// log, the settings and the built-ins are.
#include "commands/path.h"

#include "error.h"
#include "history/move.h"
#include "history/reader.h"
#include "i18n/format.h"
#include "util/xdg.h"
#include "util/terminal_text.h"

#include <fmt/format.h>

namespace stretch::commands {

namespace {

// With a history folder, this device's own file in it (its id made, if need be).
std::optional<std::filesystem::path> own_file(const Context& ctx, const history::Place& place, const std::string& name)
{
  const auto state = util::xdg_dir(ctx.env, "XDG_STATE_HOME", ".local/state");
  if (!place.folder || !state) {
    return std::nullopt;
  }
  const auto device = history::this_device(*state / "stretch", name);
  return device ? std::optional(history::device_log(place, *device).path) : std::nullopt;
}

} // namespace

int path_command(const Context& ctx, const PathOptions& options)
{
  const auto routines = ctx.library.user_dir();
  const auto place = history::history_place(ctx.env, options.history_dir);
  const std::optional<std::filesystem::path> log =
    !place ? std::nullopt : place->folder ? place->folder : std::optional(place->log.path);
  const std::optional<std::filesystem::path> device_file = place ? own_file(ctx, *place, options.device_name) : std::nullopt;
  std::vector<std::filesystem::path> installed;
  for (const library::Folder& folder : ctx.library.folders()) {
    if (folder.origin == library::Origin::installed) {
      installed.push_back(folder.path);
    }
  }
  const auto text = [&](const std::optional<std::filesystem::path>& path) {
    return path ? ctx.shown(*path) : std::string(i18n::tr("(unknown: no home folder)"));
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
      throw UsageError(i18n::trf("`stretch path` prints routines, installed, history, config or builtins, not `{which}`",
                                 fmt::arg("which", util::terminal_safe(which))));
    }
    const auto& path = which == "routines"  ? routines
                       : which == "history" ? log
                       : which == "config"  ? options.config_file
                                            : options.builtins_dir;
    if (!path) {
      throw Error(i18n::trf("no {which} path is known", fmt::arg("which", which)));
    }
    ctx.out.write(ctx.shown(*path) + '\n' + (which == "history" && device_file ? ctx.shown(*device_file) + '\n' : ""));
    return 0;
  }
  std::error_code ec;
  // The names on the left are those `stretch path WHICH` takes: never translated.
  const auto missing = [&](const std::optional<std::filesystem::path>& path, const char* absent) {
    return path && !std::filesystem::exists(*path, ec) ? fmt::format(" ({})", i18n::tr(absent)) : std::string();
  };
  std::string out = fmt::format("routines  {}{}\n", text(routines), missing(routines, N_("none yet")));
  for (const std::filesystem::path& folder : installed) {
    out += fmt::format("installed {}{}\n", ctx.shown(folder), missing(folder, N_("none")));
  }
  out += fmt::format("history   {}{}\n", text(log), missing(log, N_("none yet")));
  if (device_file) {
    out += fmt::format("device    {}{}\n", ctx.shown(*device_file), missing(device_file, N_("none yet")));
  }
  out += fmt::format("config    {}{}\nbuiltins  {}\n", text(options.config_file), missing(options.config_file, N_("none yet")),
                     options.builtins_dir
                       ? ctx.shown(*options.builtins_dir) + ' ' + i18n::tr("(copies: the program carries its own)")
                       : std::string(i18n::tr("compiled into the program")));
  ctx.out.write(out);
  return 0;
}

} // namespace stretch::commands
