// SPDX-License-Identifier: MIT
// `stretch new`: a routine of the user's own, from a starter or from a copy.
#include "commands/new.h"

#include "commands/load.h"
#include "error.h"
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
    throw Error("no folder for your routines: set HOME or XDG_CONFIG_HOME");
  }
  return *folder / (std::string(name) + std::string(library::k_extension));
}

std::optional<std::string> claim_name(const Context& ctx, std::string_view name, bool replace_builtin)
{
  const auto builtin = ctx.library.builtin_called(name);
  const auto existing = ctx.library.find_entry(name);
  if (existing && existing->origin == library::Origin::installed && existing->name == name) {
    // Installed for everyone: the user's own is theirs to make, and the other stays as it is.
    return fmt::format("your `{}` takes the place of {}", name, existing->path.string());
  }
  if (!builtin || (existing && existing->origin == library::Origin::user && existing->name == name)) {
    return std::nullopt; // no built-in's name, or the user's own routine has it already
  }
  std::vector<std::string> users = ctx.library.includers(*builtin);
  std::string also;
  if (!users.empty()) {
    const std::string last = users.back();
    users.pop_back();
    also = fmt::format(", which {}{}{} {}", util::join(users, ", "), users.empty() ? "" : " and ", last,
                       users.empty() ? "includes" : "include");
  }
  const std::string what = *builtin == name ? fmt::format("the built-in routine `{}`{}", name, also)
                                            : fmt::format("the built-in routine `{}` (also called `{}`){}", *builtin, name, also);
  if (!replace_builtin) {
    throw Error(fmt::format("a routine of yours called `{}` would take the place of {}; choose another name, or give "
                            "--replace-builtin to do it anyway",
                            name, what));
  }
  return fmt::format("your `{}` takes the place of {}", name, what);
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
    throw Error(fmt::format("{} already exists; `stretch edit {}` changes it, --force replaces it", path.string(),
                            options.name));
  }
  ctx.out.write(ctx.shown(path) + '\n');
  if (replacing) {
    ctx.err.write(util::note_line(*replacing));
  }
  for (const std::string_view command : options.commands) {
    if (options.name == command) {
      ctx.err.write(util::note_line(fmt::format("`{0}` is also a command: run this routine with `stretch run {0}`",
                                                options.name)));
    }
  }
  return 0;
}

} // namespace stretch::commands
