// SPDX-License-Identifier: MIT
// `stretch check`: validates routine files and reports every problem in each.
#include "commands/check.h"

#include "commands/load.h"
#include "error.h"
#include "i18n/format.h"
#include "routine/lint.h"
#include "util/messages.h"
#include "util/strings.h"
#include "util/terminal_text.h"

#include <algorithm>
#include <fmt/format.h>
#include <set>
#include <tuple>

namespace stretch::commands {
namespace {

constexpr int k_exit_invalid = 1;
constexpr int k_exit_usage = 2;

// The linter's warnings of a command, each kept once however many files share it.
struct Findings
{
  std::set<std::tuple<std::string, std::size_t, std::string>> seen;
  std::vector<routine::Diagnostic> warnings;

  void add(const routine::Routine& routine)
  {
    for (routine::Diagnostic& warning : routine::lint(routine)) {
      if (seen.emplace(warning.file, warning.line, warning.message).second) {
        warnings.push_back(std::move(warning));
      }
    }
  }
};

// Whether `a` and `b` are one file.
bool same_file(const std::filesystem::path& a, const std::filesystem::path& b)
{
  std::error_code ec;
  return std::filesystem::equivalent(a, b, ec);
}

// A warning when the routine `argument` means is one of several of one name in the
// library's folders: the one used hides the others, and a hidden one is never run by name.
void warn_if_hiding(const Context& ctx, const std::string& argument)
{
  std::optional<library::Entry> entry;
  std::filesystem::path file;
  try {
    if (!library::is_path_argument(argument)) {
      entry = ctx.library.find_entry(argument);
      file = entry ? entry->path : file;
    } else if (argument.ends_with(library::k_extension)) {
      file = argument;
      const std::string name = file.filename().string();
      entry = ctx.library.find_entry(name.substr(0, name.size() - library::k_extension.size()));
    }
  } catch (const Error&) {
    return; // a name two routines claim as an alias: not a question of folders
  }
  if (entry && entry->origin == library::Origin::installed && entry->hides_builtin && same_file(entry->path, file)) {
    // A routine installed for everyone that takes a built-in's place changes the routines
    // that include it too: said, since nobody here chose it.
    ctx.err.write(routine::format_diagnostic({file.string(), 0, 0, builtin_shadowed(ctx, *entry), routine::Severity::warning})
                  + '\n');
  }
  if (!entry || entry->hides.empty()) {
    return; // one file of its name (a routine of the user's with a built-in's name is on purpose)
  }
  std::string message;
  if (same_file(entry->path, file)) {
    std::vector<std::string> hidden;
    for (const std::filesystem::path& path : entry->hides) {
      hidden.push_back(path.string());
    }
    message = i18n::trf("`stretch {name}` runs this file, not {files}", fmt::arg("name", entry->name),
                        fmt::arg("files", util::join(hidden, i18n::tr(" or "))));
  } else if (std::any_of(entry->hides.begin(), entry->hides.end(), [&](const auto& path) { return same_file(path, file); })) {
    message = i18n::trf("hidden by {file}: `stretch {name}` runs that one", fmt::arg("file", entry->path.string()),
                        fmt::arg("name", entry->name));

  } else {
    return; // a file of the same name outside the library's folders
  }
  ctx.err.write(routine::format_diagnostic({file.string(), 0, 0, message, routine::Severity::warning}) + '\n');
}

// Checks one file or routine name; the exit status it calls for.
int check_one(const Context& ctx, routine::Loader& loader, const std::string& argument, Findings& findings)
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
      ctx.err.write(util::error_line(error.what()));
      return dynamic_cast<const UsageError*>(&error) != nullptr ? k_exit_usage : k_exit_invalid;
    }
  }
  const auto checked = load_and_check(loader, file);
  if (!checked) {
    return k_exit_invalid;
  }
  findings.add(checked->routine);
  warn_if_hiding(ctx, argument);
  ctx.out.write(util::terminal_safe(i18n::trf("{file}: ok: {title} ({time})", fmt::arg("file", file->source.display),
                                              fmt::arg("title", checked->routine.about.title),
                                              fmt::arg("time", routine::format_duration(checked->outline.total))))
                + '\n');
  return 0;
}

} // namespace

int check_command(const Context& ctx, const CheckOptions& options)
{
  DiagnosticPrinter printer(ctx.err);
  routine::Loader loader(ctx.library, printer);
  Findings findings;
  int status = 0;
  for (const std::string& file : options.files) {
    status = std::max(status, check_one(ctx, loader, file, findings));
  }
  const std::size_t warnings = findings.warnings.size();
  if (options.lint || options.strict) {
    // As many as the loader reports errors, at most; then one line for the rest.
    const std::size_t shown = std::min(warnings, routine::k_max_reported);
    ctx.err.write(routine::format_diagnostics({findings.warnings.begin(), findings.warnings.begin() + static_cast<std::ptrdiff_t>(shown)}));
    if (warnings > shown) {
      ctx.err.write(util::note_line(i18n::trnf("{n} more linter warning is left out", "{n} more linter warnings are left out",
                                               warnings - shown)));
    }
  } else if (warnings > 0) {
    ctx.err.write(util::note_line(i18n::trnf("the linter has {n} warning; `stretch check --lint` shows it",
                                             "the linter has {n} warnings; `stretch check --lint` shows them", warnings)));

  }
  if (options.strict && warnings > 0) {
    status = std::max(status, k_exit_invalid);
  }
  return status;
}

} // namespace stretch::commands
