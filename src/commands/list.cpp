// SPDX-License-Identifier: MIT
// `stretch list`: every routine with its title, total time and where it comes from.
#include "commands/list.h"

#include "commands/load.h"
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
    return {"(cannot be read: " + file.error() + ")", "-", {}};
  }
  if (const auto checked = load_and_check(loader, *file)) {
    return {checked->routine.about.title, routine::format_duration(checked->outline.total), checked->routine.aliases};
  }
  return {"(has errors: see `stretch check " + entry.name + "`)", "-", {}};
}

std::string origin_text(const library::Entry& entry, const std::vector<std::string>& aliases)
{
  std::string text = entry.origin == library::Origin::builtin ? "built-in" : entry.path.string();
  std::vector<std::string> hidden;
  for (const std::filesystem::path& path : entry.hides) {
    hidden.push_back(path.string());
  }
  if (entry.hides_builtin) {
    hidden.emplace_back("the built-in");
  }
  if (!hidden.empty()) {
    text += fmt::format(" (instead of {})", util::join(hidden, " and "));
  }
  if (!aliases.empty()) {
    text += fmt::format(" (also: {})", util::join(aliases, ", "));
  }
  return text;
}

} // namespace

int list_command(const Context& ctx, const ListOptions& options)
{
  const std::vector<library::Entry>& entries = ctx.library.entries();
  std::string warnings;
  for (const library::Skipped& skipped : ctx.library.skipped()) {
    warnings += util::warning_line(fmt::format("{}: skipped: {}", skipped.path.string(), skipped.why));
  }
  for (const library::Entry& entry : entries) {
    if (entry.origin == library::Origin::installed && entry.hides_builtin) {
      warnings += util::warning_line(fmt::format("{}: {}", entry.path.string(), builtin_shadowed(ctx, entry)));
    }
  }
  for (const std::filesystem::path& folder : ctx.library.truncated()) {
    warnings += util::warning_line(fmt::format("{} holds more than {} routines; only the first {} are read",
                                               folder.string(), library::k_max_user_routines,
                                               library::k_max_user_routines));
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
  std::vector<Row> rows{{"NAME", "TIME", "TITLE", "FROM"}};
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
