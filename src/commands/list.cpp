// SPDX-License-Identifier: MIT
// `stretch list`: every routine with its title, total time and where it comes from.
#include "commands/list.h"

#include "commands/load.h"
#include "i18n/format.h"
#include "util/messages.h"
#include "util/strings.h"
#include "util/terminal_text.h"
#include "util/utf8.h"

#include <algorithm>
#include <array>
#include <fmt/format.h>

namespace stretch::commands {
namespace {

using Row = std::array<std::string, 4>;

// What the table says of one routine.
struct Summary
{
  std::string title;
  std::string total = "-";
  std::vector<std::string> aliases;
};

// Problems are for `check` to print; `list` only says that there are some.
class Discard : public routine::DiagnosticSink
{
public:
  void report(const routine::Diagnostic& /*diagnostic*/) override {}
};

Summary summarize(const Context& ctx, routine::Loader& loader, const library::Entry& entry)
{
  const auto file = ctx.library.parsed(entry);
  if (!file) {
    return {i18n::trf("(cannot be read: {reason})", fmt::arg("reason", file.error())), "-", {}};
  }
  if (const auto checked = load_and_check(loader, *file)) {
    return {checked->routine.about.title, routine::format_duration(checked->outline.total), checked->routine.aliases};
  }
  return {i18n::trf("(has errors: see `stretch check {name}`)", fmt::arg("name", entry.name)), "-", {}};
}

std::string origin_text(const library::Entry& entry, const std::vector<std::string>& aliases)
{
  std::string text = entry.origin == library::Origin::builtin ? i18n::tr("built-in") : entry.path.string();
  std::vector<std::string> hidden;
  for (const std::filesystem::path& path : entry.hides) {
    hidden.push_back(path.string());
  }
  if (entry.hides_builtin) {
    hidden.emplace_back(i18n::tr("the built-in"));
  }
  if (!hidden.empty()) {
    text += ' ' + i18n::trf("(instead of {routines})", fmt::arg("routines", util::join(hidden, i18n::tr(" and "))));
  }
  if (!aliases.empty()) {
    text += ' ' + i18n::trf("(also: {aliases})", fmt::arg("aliases", util::join(aliases, ", ")));
  }
  return text;
}

} // namespace

int list_command(const Context& ctx, const ListOptions& options)
{
  const std::vector<library::Entry>& entries = ctx.library.entries();
  std::string warnings;
  for (const library::Skipped& skipped : ctx.library.skipped()) {
    warnings += util::warning_line(
      i18n::trf("{file}: skipped: {reason}", fmt::arg("file", skipped.path.string()), fmt::arg("reason", skipped.why)));
  }
  for (const library::Entry& entry : entries) {
    if (entry.origin == library::Origin::installed && entry.hides_builtin) {
      warnings += util::warning_line(entry.path.string() + ": " + builtin_shadowed(ctx, entry));
    }
  }
  for (const std::filesystem::path& folder : ctx.library.truncated()) {
    warnings += util::warning_line(i18n::trf("{folder} holds more than {count} routines; only the first {count} are read",
                                             fmt::arg("folder", folder.string()),
                                             fmt::arg("count", library::k_max_user_routines)));
  }
  ctx.err.write(warnings);
  if (options.names_only) {
    std::string out;
    for (const library::Entry& entry : entries) {
      out += util::terminal_safe(entry.name) + '\n';
    }
    ctx.out.write(out);
    return 0;
  }
  Discard discard;
  routine::Loader loader(ctx.library, discard);
  std::vector<Row> rows{{i18n::tr("NAME"), i18n::tr("TIME"), i18n::tr("TITLE"), i18n::tr("FROM")}};
  for (const library::Entry& entry : entries) {
    const Summary summary = summarize(ctx, loader, entry);
    rows.push_back({entry.name, summary.total, summary.title, origin_text(entry, summary.aliases)});
  }
  std::array<std::size_t, 4> widths{};
  for (Row& row : rows) {
    for (std::size_t c = 0; c < row.size(); ++c) {
      row[c] = util::terminal_safe(row[c]);
      widths[c] = std::max(widths[c], util::display_width(row[c]));
    }
  }
  std::string out;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const Row& row = rows[r];
    std::string line = util::pad_to_width(row[0], widths[0]) + "  "
                       + std::string(widths[1] - util::display_width(row[1]), ' ') + row[1] + "  "
                       + util::pad_to_width(row[2], widths[2]) + "  " + row[3];
    out += (r == 0 ? render::styled(ctx.palette().heading, line) : line) + '\n';
  }
  ctx.out.write(out);
  return 0;
}

} // namespace stretch::commands
