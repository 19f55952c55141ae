// SPDX-License-Identifier: MIT
// `stretch new`: a routine of the user's own, from a starter or from a copy.
#include "commands/new.h"

#include "commands/load.h"
#include "error.h"
#include "i18n/format.h"
#include "library/starter.h"
#include "routine/name.h"
#include "util/file.h"
#include "util/messages.h"
#include "util/strings.h"

#include <fmt/format.h>

namespace stretch::commands {

std::filesystem::path user_routine_file(const Context& ctx, std::string_view name)
{
  if (auto problem = routine::check_routine_name(name)) {
    throw UsageError(*problem);
  }
  const auto& folder = ctx.library.user_dir();
  if (!folder) {
    throw Error(i18n::tr("no folder for your routines: set HOME or XDG_CONFIG_HOME"));
  }
  return *folder / (std::string(name) + std::string(library::k_extension));
}

std::optional<std::string> claim_name(const Context& ctx, std::string_view name, bool replace_builtin)
{
  const auto builtin = ctx.library.builtin_called(name);
  const auto existing = ctx.library.find_entry(name);
  if (existing && existing->origin == library::Origin::installed && existing->name == name) {
    // Installed for everyone: the user's own is theirs to make, and the other stays as it is.
    return i18n::trf("your `{name}` takes the place of {what}", fmt::arg("name", name),
                     fmt::arg("what", existing->path.string()));
  }
  if (!builtin || (existing && existing->origin == library::Origin::user && existing->name == name)) {
    return std::nullopt; // no built-in's name, or the user's own routine has it already
  }
  std::vector<std::string> users = ctx.library.includers(*builtin);
  std::string also;
  if (!users.empty()) {
    const std::string last = users.back();
    users.pop_back();
    const std::string listed = users.empty() ? last : util::join(users, ", ") + i18n::tr(" and ") + last;
    also = i18n::trnf(", which {routines} includes", ", which {routines} include", users.size() + 1,
                      fmt::arg("routines", listed));
  }
  const std::string what =
    *builtin == name
      ? i18n::trf("the built-in routine `{name}`{also}", fmt::arg("name", name), fmt::arg("also", also))
      : i18n::trf("the built-in routine `{builtin}` (also called `{name}`){also}", fmt::arg("builtin", *builtin),
                  fmt::arg("name", name), fmt::arg("also", also));
  if (!replace_builtin) {
    throw Error(i18n::trf("a routine of yours called `{name}` would take the place of {what}; choose another name, or "
                          "give --replace-builtin to do it anyway",
                          fmt::arg("name", name), fmt::arg("what", what)));
  }
  return i18n::trf("your `{name}` takes the place of {what}", fmt::arg("name", name), fmt::arg("what", what));
}

std::string routine_name_of(std::string_view name)
{
  if (name.size() > library::k_extension.size() && name.ends_with(library::k_extension)) {
    name.remove_suffix(library::k_extension.size());
  }
  return std::string(name);
}

int new_command(const Context& ctx, const NewOptions& given)
{
  NewOptions options = given;
  options.name = routine_name_of(given.name);
  const std::filesystem::path path = user_routine_file(ctx, options.name);
  const auto replacing = claim_name(ctx, options.name, options.replace_builtin);
  std::string text = library::starter_routine(options.name);
  if (options.from) {
    // Only a routine that works is worth copying (and a file that is no routine at all,
    // like /etc/passwd, is none).
    const auto source = ctx.library.resolve(*options.from);
    check_or_throw(ctx, source);
    text = library::copied_routine(source->source.text, source->source.name, options.name);
  }
  const auto written = util::write_file(path, text, options.force);
  ctx.library.forget();
  if (!written) {
    throw Error(written.error());
  }
  if (!*written) {
    throw Error(i18n::trf("{file} already exists; `stretch edit {name}` changes it, --force replaces it",
                          fmt::arg("file", path.string()), fmt::arg("name", options.name)));
  }
  ctx.out.write(ctx.shown(path) + '\n');
  if (replacing) {
    ctx.err.write(util::note_line(*replacing));
  }
  for (const std::string_view command : options.commands) {
    if (options.name == command) {
      ctx.err.write(util::note_line(i18n::trf("`{name}` is also a command: run this routine with `stretch run {name}`",
                                              fmt::arg("name", options.name))));

    }
  }
  return 0;
}

} // namespace stretch::commands
