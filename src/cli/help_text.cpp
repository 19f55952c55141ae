// SPDX-License-Identifier: MIT
// The texts that tell how to call stretch.
#include "cli/help_text.h"

#include "i18n/format.h"
#include "live/keymap.h"
#include "util/strings.h"
#include "util/utf8.h"
#include "util/wrap.h"
#include "util/terminal_text.h"

#include <algorithm>
#include <fmt/format.h>
#include <vector>

namespace stretch::cli {
namespace {

constexpr Example k_top_examples[] = {
  {"stretch calf", N_("talk me through the calf holds")},
  {"stretch midrun", N_("feet gone numb on a run")},
  {"stretch calf --side right", N_("only the right leg")},
  {"stretch hold 30s --side both", N_("one 30-second hold a side, no file needed")},
  {"curl -s URL | stretch -", N_("a routine from a pipe, checked first")},
  {"stretch daily --voice --big", N_("read aloud, big digits for the floor")},
  {"stretch list", N_("every routine, with its time")},
  {"stretch show big-toe", N_("the plan, step by step")},
  {"stretch show calf --source", N_("the routine file, to copy and change")},
  {"stretch check my.stretch", N_("check a routine file you wrote")},
  {"stretch new hamstring --from calf && stretch edit hamstring", N_("your own routine, from a copy")},
  {"stretch history", N_("the streak, a calendar, the last sessions")},
};

// `text` wrapped at words to `width`; a word longer than a line (a path) is broken, never cut.
std::vector<std::string> wrap_whole(std::string_view text, std::size_t width)
{
  std::string broken;
  for (const std::string_view word : util::split_words(text)) {
    broken += broken.empty() ? "" : " ";
    for (std::size_t at = 0; at < word.size(); at += width) {
      broken += (at > 0 ? " " : "") + std::string(word.substr(at, width));
    }
  }
  return util::wrap_to_width(broken, width, 100);
}

} // namespace

std::string two_columns(std::span<const std::pair<std::string, std::string>> rows, std::size_t indent, std::size_t column,
                        std::size_t width)
{
  // The right column keeps at least half the width, or 20 columns.
  const std::size_t room = std::max<std::size_t>(width, 24);
  column = std::min(column, std::max(indent + 8, room - std::max<std::size_t>(room / 2, 20)));
  std::string out;
  for (const auto& [left, right] : rows) {
    const auto lines = wrap_whole(right, room - column);
    std::string start = std::string(indent, ' ') + left;
    const bool own_line = util::display_width(start) + 2 > column;
    if (util::display_width(start) > room) {
      // A command line too long for the terminal: cut at words, each cut a shell's line
      // continuation, so that it still runs as it is.
      const auto parts = util::wrap_to_width(left, room - indent - 2, 20);
      start = std::string(indent, ' ') + util::join(parts, " \\\n" + std::string(indent + 2, ' '));
    }
    out += own_line ? start + '\n' : util::pad_to_width(start, column);
    for (std::size_t i = 0; i < lines.size(); ++i) {
      out += (i > 0 || own_line ? std::string(column, ' ') : std::string()) + lines[i] + '\n';
    }
    if (lines.empty() && !own_line) {
      out += '\n';
    }
  }
  return out;
}

std::string examples_footer(std::span<const Example> examples, std::size_t width)
{
  std::vector<std::pair<std::string, std::string>> rows;
  for (const auto& [command, meaning] : examples) {
    rows.emplace_back(command, i18n::tr(meaning.data()));
  }
  std::string out = std::string(i18n::tr("Examples:")) + '\n' + two_columns(rows, 2, 32, width);
  out.pop_back(); // CLI11 ends the footer
  return out;
}

std::string top_footer(std::size_t width)
{
  return live::keys_for_help(width) + "\n" + examples_footer(k_top_examples, width) + "\n\n"
         + util::join(wrap_whole(i18n::tr("Routine files are described in stretch-routine(5)."), width), "\n");
}

std::string wrap_help(std::string_view text, std::size_t width)
{
  return util::join(wrap_whole(text, width), "\n");
}

std::string top_usage(std::size_t width)
{
  const std::pair<std::string, std::string> rows[] = {
    {i18n::tr("Usage: stretch [OPTIONS] ROUTINE"), i18n::tr("run a routine: a name, a file, or - to read it from a pipe")},
    {i18n::tr("       stretch [OPTIONS] DURATION"), i18n::tr("hold for a while, as in `stretch 30s`")},
    {i18n::tr("       stretch COMMAND [OPTIONS] ..."),
     i18n::tr("list, show, check, new, edit, import, remind, path, history or report")},
  };
  return two_columns(rows, 0, 38, width) + "\n";
}

std::string full_usage(const library::Library& library, std::size_t width)
{
  std::vector<std::string> names;
  for (const library::Entry& entry : library.entries()) {
    names.push_back(util::terminal_safe(entry.name));
  }
  return top_usage(width) + wrap_help(i18n::trf("Routines: {names}", fmt::arg("names", util::join(names, ", "))), width)
         + '\n' + i18n::tr("Run `stretch --help` for the commands, options and keys.");

}

} // namespace stretch::cli
