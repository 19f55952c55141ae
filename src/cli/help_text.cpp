// SPDX-License-Identifier: MIT
// The texts that tell how to call stretch.
#include "cli/help_text.h"

#include "run/keymap.h"
#include "util/strings.h"
#include "util/terminal_text.h"

#include <fmt/format.h>

namespace stretch::cli {
namespace {

constexpr Example k_top_examples[] = {
  {"stretch calf", "talk me through the calf holds"},
  {"stretch midrun", "feet gone numb on a run"},
  {"stretch calf --side right", "only the right leg"},
  {"stretch hold 30s --side both", "one 30-second hold a side, no file needed"},
  {"curl -s URL | stretch -", "a routine from a pipe, checked first"},
  {"stretch daily --voice --big", "read aloud, big digits for the floor"},
  {"stretch list", "every routine, with its time"},
  {"stretch show big-toe", "the plan, step by step"},
  {"stretch show calf --source", "the routine file, to copy and change"},
  {"stretch check my.stretch", "check a routine file you wrote"},
  {"stretch new hamstring --from calf && stretch edit hamstring", "your own routine, from a copy"},
  {"stretch history", "the streak, a calendar, the last sessions"},
};

} // namespace

std::string examples_footer(std::span<const Example> examples)
{
  constexpr std::size_t k_column = 32;
  std::string out = "Examples:";
  for (const auto& [command, meaning] : examples) {
    if (command.size() + 4 > k_column) {
      out += fmt::format("\n  {}\n{:{}}{}", command, "", k_column, meaning);
    } else {
      out += fmt::format("\n  {:{}}{}", command, k_column - 2, meaning);
    }
  }
  return out;
}

std::string top_footer()
{
  return run::keys_for_help() + "\n" + examples_footer(k_top_examples)
         + "\n\nRoutine files are described in stretch-routine(5).";
}

std::string short_usage(const library::Library& library)
{
  std::vector<std::string> names;
  for (const library::Entry& entry : library.entries()) {
    names.push_back(util::terminal_safe(entry.name));
  }
  return fmt::format("Usage: stretch ROUTINE [OPTIONS]   run a routine, such as `stretch calf`\n"
                     "       stretch list | show ROUTINE | check FILE... | history\n"
                     "       stretch new NAME | edit NAME | path\n"
                     "Routines: {}\n"
                     "Run `stretch --help` for the options and keys.\n",
                     util::join(names, ", "));
}

} // namespace stretch::cli
