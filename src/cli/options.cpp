// SPDX-License-Identifier: MIT
// Every option of the command line, one row each.
#include "cli/options.h"

#include "cli/option_values.h"
#include "i18n/format.h"
#include "util/strings.h"

#include <algorithm>
#include <array>
#include <fmt/format.h>

namespace stretch::cli {
namespace {

constexpr std::string_view k_sounds[] = {"tones", "bell", "off"};
constexpr std::string_view k_themes[] = {"auto", "dark", "light"};
constexpr std::string_view k_colors[] = {"auto", "always", "never"};

using C = Completion;

// clang-format off
constexpr std::array k_rows{
  OptionRow{"--config", "", "FILE", N_("Read settings from FILE (default: $XDG_CONFIG_HOME/stretch/config; '' for none)"),
            k_cmd_top, "", {}, "FILE", nullptr, C::file},
  OptionRow{"--reps", "", "N", N_("Do N reps of every exercise that has timed steps"),
            k_running | k_cmd_show, "", {}, "3", nullptr, C::free},
  OptionRow{"--side", "", "SIDE", N_("Only this side: left, right (or the routine's own labels) or both"),
            k_running | k_cmd_show, "", {}, "left", nullptr, C::free},
  OptionRow{"--scale", "", "FACTOR", N_("Multiply every hold, relax and rest by FACTOR, never below a hold's minimum"),
            k_running | k_cmd_show, "", {}, "0.5", nullptr, C::free},
  OptionRow{"--ready", "", "SECONDS", N_("Lead-in before each exercise and side, in seconds (0: none)"),
            k_running | k_cmd_show, "ready", {}, "3", check_ready, C::free},
  OptionRow{"--color", "", "WHEN", N_("Use color: auto, always or never"),
            k_coloring, "color", k_colors, "never", nullptr, C::values},
  OptionRow{"--theme", "", "THEME", N_("Colors for a dark or light background: auto (ask the terminal), dark or light"),
            k_coloring, "theme", k_themes, "light", nullptr, C::values},
  OptionRow{"--sound", "", "SOUND", N_("Mark each change with tones (the default when a sound player is found), bell or off"),
            k_running, "sound", k_sounds, "tones", nullptr, C::values},
  OptionRow{"--dry-run", "", "", N_("Print the timeline and exit without waiting"),
            k_running, "", {}, "", nullptr, C::none},
  OptionRow{"--plain", "--no-plain", "", N_("One line per event, no redrawing (also when not on a smart terminal)"),
            k_running, "plain", {}, "", nullptr, C::none},
  OptionRow{"--big", "--no-big", "", N_("Show the seconds left in large digits"),
            k_running, "big", {}, "", nullptr, C::none},
  OptionRow{"--no-bell", "", "", N_("No sound at all: the same as --sound off"),
            k_running, "", {}, "", nullptr, C::none},
  OptionRow{"--voice", "--no-voice", "", N_("Speak each cue (espeak-ng, espeak, spd-say, say or termux-tts-speak)"),
            k_running, "voice", {}, "", nullptr, C::none},
  OptionRow{"--vibrate", "--no-vibrate", "", N_("Buzz the phone at each change and at 3, 2, 1 (Termux:API)"),
            k_running, "vibrate", {}, "", nullptr, C::none},
  OptionRow{"--no-log", "", "", N_("Do not add this session to the history log"),
            k_running, "", {}, "", nullptr, C::none},
  OptionRow{"--no-status", "", "", N_("No window title or progress bar in the tab or taskbar"),
            k_running, "", {}, "", nullptr, C::none},
  OptionRow{"--no-notify", "", "", N_("No desktop notification at the end or when a question waits"),
            k_running, "", {}, "", nullptr, C::none},
  OptionRow{"--names", "", "", N_("Print bare names, one per line"),
            k_cmd_list | k_cmd_remind_list, "", {}, "", nullptr, C::none},
  OptionRow{"--source", "", "", N_("Print the routine's file text instead"),
            k_cmd_show, "", {}, "", nullptr, C::none},
  OptionRow{"--lint", "", "", N_("Also warn about what stretching guidelines advise against"),
            k_cmd_check, "", {}, "", nullptr, C::none},
  OptionRow{"--strict", "", "", N_("Fail on the linter's warnings too (implies --lint)"),
            k_cmd_check, "", {}, "", nullptr, C::none},
  OptionRow{"--from", "", "ROUTINE", N_("Start from a copy of this routine"),
            k_cmd_new, "", {}, "calf", nullptr, C::routine},
  OptionRow{"--as", "", "NAME", N_("The name to keep it under (else its file name, or its title)"),
            k_cmd_import, "", {}, "physio", nullptr, C::free},
  OptionRow{"--force", "", "", N_("Replace a routine of yours that has this name"),
            k_cmd_new | k_cmd_import, "", {}, "", nullptr, C::none},
  OptionRow{"--replace-builtin", "", "",
            N_("Take the name of a built-in routine: yours is used in its place, also where it is included"),
            k_cmd_new | k_cmd_import, "", {}, "", nullptr, C::none},
  OptionRow{"--weekdays", "", "", N_("Only Monday to Friday"),
            k_cmd_remind, "", {}, "", nullptr, C::none},
  OptionRow{"--last", "", "N", N_("How many sessions to list (default 10; with --tsv, all)"),
            k_cmd_history, "", {}, "20", nullptr, C::free},
  OptionRow{"--since", "", "YYYY-MM-DD", N_("Only sessions from this day on"),
            k_cmd_history | k_cmd_report, "", {}, "2026-11-01", nullptr, C::free},
  OptionRow{"--until", "", "YYYY-MM-DD", N_("Only sessions up to this day (default: today)"),
            k_cmd_report, "", {}, "2026-11-30", nullptr, C::free},
  OptionRow{"--output", "", "FILE", N_("Write the page to FILE (default: standard output)"),
            k_cmd_report, "", {}, "report.html", nullptr, C::file, "-o"},
  OptionRow{"--tsv", "", "", N_("Print the log's lines, tab-separated, for spreadsheets"),
            k_cmd_history, "", {}, "", nullptr, C::none},
  OptionRow{"--device", "", "NAME", N_("Only the sessions of this device: its name, or the start of its id"),
            k_cmd_history, "", {}, "phone", nullptr, C::free},
  OptionRow{"--check", "", "", N_("Say what the history holds: its files, copies merged, sessions found twice, lines skipped"),
            k_cmd_history, "", {}, "", nullptr, C::none},
  OptionRow{"--history-dir", "", "DIR", N_("Keep the history in DIR, a file for each device (a folder a sync engine shares)"),
            k_running | k_cmd_history | k_cmd_report | k_cmd_path, "history-dir", {}, "~/Sync/stretch", check_history_dir, C::file},
  OptionRow{"--device-name", "", "NAME", N_("This device's name in the history (phone, laptop)"),
            k_running | k_cmd_history | k_cmd_report | k_cmd_path, "device", {}, "phone", check_device, C::free},
};
// clang-format on

} // namespace

std::span<const OptionRow> option_rows()
{
  return k_rows;
}

const OptionRow* find_option(std::string_view name, unsigned commands)
{
  const auto found = std::find_if(k_rows.begin(), k_rows.end(), [&](const OptionRow& row) {
    return (row.name == name || (!row.negation.empty() && row.negation == name)
            || (!row.short_name.empty() && row.short_name == name))
           && (row.commands & commands) != 0;
  });
  return found == k_rows.end() ? nullptr : &*found;
}

const OptionRow* find_setting(std::string_view key)
{
  const auto found = std::find_if(k_rows.begin(), k_rows.end(),
                                  [&](const OptionRow& row) { return !row.setting.empty() && row.setting == key; });
  return found == k_rows.end() ? nullptr : &*found;
}

std::optional<std::size_t> choice(const OptionRow& row, std::string_view value)
{
  const auto found = std::find(row.values.begin(), row.values.end(), value);
  return found == row.values.end() ? std::nullopt
                                   : std::optional(static_cast<std::size_t>(found - row.values.begin()));
}

std::optional<std::string> check_value(const OptionRow& row, std::string_view value)
{
  if (row.flag()) {
    return check_boolean(value);
  }
  if (!row.values.empty() && !choice(row, value)) {
    const std::vector<std::string_view> values(row.values.begin(), row.values.end());
    return i18n::trf("expected {values}, not `{value}`", fmt::arg("values", util::or_list(values)), fmt::arg("value", value));

  }
  return row.check != nullptr ? row.check(value) : std::nullopt;
}

} // namespace stretch::cli
