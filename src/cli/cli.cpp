// SPDX-License-Identifier: MIT
// The command line: parses arguments with CLI11 and calls the commands. This is the only
// file that includes CLI11, which is slow to compile.
#include "cli/cli.h"

#include "commands/check.h"
#include "commands/edit.h"
#include "commands/history.h"
#include "commands/import.h"
#include "commands/list.h"
#include "commands/new.h"
#include "commands/path.h"
#include "commands/remind.h"
#include "commands/run.h"
#include "commands/show.h"
#include "error.h"
#include "library/builtins.h"
#include "library/paths.h"
#include "routine/duration.h"
#include "routine/source_lines.h"
#include "run/cues.h"
#include "run/keymap.h"
#include "term/background.h"
#include "term/display.h"
#include "util/file.h"
#include "util/locale.h"
#include "util/messages.h"
#include "util/strings.h"
#include "util/terminal_text.h"
#include "util/xdg.h"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <stdexcept>
#include <unistd.h>

#ifndef STRETCH_VERSION
#define STRETCH_VERSION "unknown"
#endif

namespace stretch::cli {
namespace {

constexpr int k_exit_usage = 2;

// The values of every option, filled in by CLI11. Numbers arrive as text and are read
// here, as decimals only: CLI11 would read `010` as octal and `0x10` as hexadecimal.
struct Arguments
{
  commands::ListOptions list;
  commands::ShowOptions show;
  commands::CheckOptions check;
  commands::RunCommandOptions run;
  commands::HistoryOptions history;
  commands::NewOptions new_routine;
  commands::EditOptions edit;
  commands::ImportOptions import;
  std::string import_as;
  std::string remind_remove;
  std::string hold;
  commands::RemindOptions remind;
  std::string from;
  std::string path_which;
  std::string since;
  std::string last;
  // Shared by several commands: see k_shared_values and k_shared_flags.
  std::string color = "auto";
  std::string reps;
  std::string side;
  std::string scale;
  std::string ready;
  std::string sound;
  std::string theme = "auto";
  std::string config;
  bool dry_run = false;
  bool plain = false;
  bool big = false;
  bool no_bell = false;
  bool voice = false;
  bool vibrate = false;
  bool no_log = false;
  bool no_status = false;
  bool no_notify = false;
};

// Which commands take an option.
enum Takers : unsigned {
  k_running = 1,        // stretch ROUTINE, stretch run
  k_showing = 2,        // stretch show
  k_coloring = 4,      // every command that prints in color
};

struct ValueOption
{
  const char* name;
  const char* value_name;
  const char* help;
  std::string Arguments::*value;
  unsigned takers;
};

struct FlagOption
{
  const char* name;
  const char* help;
  bool Arguments::*value;
  unsigned takers;
  const char* negation = nullptr; // `--no-voice`, to undo a setting on the command line
};

// Every option that more than one command takes, in one place: each is added to the
// commands that take it and to the top level, where `stretch --reps 2 show calf` puts it.
constexpr ValueOption k_shared_values[] = {
  {"--reps", "N", "Do N reps of every exercise that has timed steps", &Arguments::reps, k_running | k_showing},
  {"--side", "SIDE", "Only this side: left, right (or the routine's own labels) or both", &Arguments::side,
   k_running | k_showing},
  {"--scale", "FACTOR", "Multiply every hold, relax and rest by FACTOR, never below a hold's minimum",
   &Arguments::scale, k_running | k_showing},
  {"--ready", "SECONDS", "Lead-in before each exercise and side, in seconds (0: none)", &Arguments::ready,
   k_running | k_showing},
  {"--color", "WHEN", "Use color: auto, always or never", &Arguments::color, k_running | k_showing | k_coloring},
  {"--theme", "THEME", "Colors for a dark or light background: auto (ask the terminal), dark or light",
   &Arguments::theme, k_running | k_showing | k_coloring},
  {"--sound", "SOUND", "Mark each change with tones (the default when a sound player is found), bell or off",
   &Arguments::sound, k_running},
};

constexpr FlagOption k_shared_flags[] = {
  {"--dry-run", "Print the timeline and exit without waiting", &Arguments::dry_run, k_running},
  {"--plain", "One line per event, no redrawing (also when not on a smart terminal)", &Arguments::plain, k_running,
   "--no-plain"},
  {"--big", "Show the seconds left in large digits", &Arguments::big, k_running, "--no-big"},
  {"--no-bell", "No sound at all: the same as --sound off", &Arguments::no_bell, k_running},
  {"--voice", "Speak each cue (espeak-ng, espeak, spd-say, say or termux-tts-speak)", &Arguments::voice, k_running,
   "--no-voice"},
  {"--vibrate", "Buzz the phone at each change and at 3, 2, 1 (Termux:API)", &Arguments::vibrate, k_running,
   "--no-vibrate"},
  {"--no-log", "Do not add this session to the history log", &Arguments::no_log, k_running},
  {"--no-status", "No window title or progress bar in the tab or taskbar", &Arguments::no_status, k_running},
  {"--no-notify", "No desktop notification at the end or when a question waits", &Arguments::no_notify, k_running},
};

// Adds the shared options that commands of kind `taker` take to `app`.
void add_shared_options(CLI::App& app, Arguments& args, unsigned taker)
{
  for (const ValueOption& option : k_shared_values) {
    if ((option.takers & taker) != 0) {
      app.add_option(option.name, args.*option.value, option.help)->option_text(option.value_name);
    }
  }
  for (const FlagOption& option : k_shared_flags) {
    if ((option.takers & taker) != 0) {
      const std::string names = option.negation != nullptr ? fmt::format("{},!{}", option.name, option.negation)
                                                           : std::string(option.name);
      app.add_flag(names, args.*option.value, option.help);
    }
  }
}

// The values a setting takes: why `value` is not one, or nullopt.
using ValueCheck = std::optional<std::string> (*)(std::string_view value);

std::optional<std::string> check_boolean(std::string_view value)
{
  for (const std::string_view word : {"true", "false", "yes", "no", "on", "off", "1", "0"}) {
    if (value == word) {
      return std::nullopt;
    }
  }
  return fmt::format("expected true or false, not `{}`", value);
}

std::optional<std::string> check_sound(std::string_view value)
{
  return run::parse_sound(value) ? std::nullopt
                                 : std::optional(fmt::format("expected tones, bell or off, not `{}`", value));
}

std::optional<std::string> check_theme(std::string_view value)
{
  return value == "auto" || value == "dark" || value == "light"
           ? std::nullopt
           : std::optional(fmt::format("expected auto, dark or light, not `{}`", value));
}

std::optional<std::string> check_color(std::string_view value)
{
  return term::parse_color_mode(value) ? std::nullopt
                                       : std::optional(fmt::format("expected auto, always or never, not `{}`", value));
}

// `--ready` and `ready =`: a duration from 0 up to the limit, one rule for both.
util::Expected<routine::Duration> read_ready(std::string_view value)
{
  return routine::parse_duration(value, plan::k_max_ready);
}

std::optional<std::string> check_ready(std::string_view value)
{
  const auto ready = read_ready(value);
  return ready ? std::nullopt : std::optional(ready.error());
}

// What the settings file may hold: one row per key, the name of a long option that it sets
// as if given on the command line (which wins).
struct Setting
{
  std::string_view key;
  ValueCheck check;
};

constexpr Setting k_settings[] = {
  {"voice", check_boolean}, {"vibrate", check_boolean}, {"big", check_boolean}, {"plain", check_boolean},
  {"sound", check_sound},   {"theme", check_theme},     {"ready", check_ready}, {"color", check_color},
};

// The largest settings file read: a few lines are expected.
constexpr std::size_t k_max_settings_size = 64 * 1024;

// A mistake in the settings file, with its own `FILE:LINE: error: ...` line.
class SettingsError : public std::runtime_error
{
public:
  using std::runtime_error::runtime_error;
};

// The settings file, `key = value` a line, read through CLI11's own config-file support:
// this format checks every line first, so that a mistake is reported with its file and
// line, and notes which options the file set.
class SettingsFormat : public CLI::Config
{
public:
  SettingsFormat(std::string path, const CLI::App& app) : m_path(std::move(path)), m_app(app) {}

  std::string to_config(const CLI::App*, bool, bool, std::string) const override { return {}; }

  std::vector<CLI::ConfigItem> from_config(std::istream& input) const override
  {
    std::string text(k_max_settings_size + 1, '\0');
    input.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<std::size_t>(input.gcount()));
    if (text.size() > k_max_settings_size) {
      fail(0, fmt::format("the file is too large; the limit is {}", util::format_size(k_max_settings_size)));
    }
    std::vector<CLI::ConfigItem> lines;
    std::map<std::string, std::size_t> seen;
    std::size_t number = 0;
    for (std::string_view rest = text; !rest.empty();) {
      const std::size_t end = rest.find('\n');
      const std::string_view line = util::trim(rest.substr(0, end));
      rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
      ++number;
      if (line.empty() || line.front() == '#') {
        continue;
      }
      lines.push_back(read_line(line, number, seen));
    }
    return lines;
  }

  /// The long options whose values came from the file.
  const std::set<std::string>& applied() const { return m_applied; }

private:
  [[noreturn]] void fail(std::size_t line, std::string_view message) const
  {
    const std::string where = line > 0 ? fmt::format("{}:{}", m_path, line) : m_path;
    throw SettingsError(util::terminal_safe(fmt::format("{}: error: {}", where, message)));
  }

  CLI::ConfigItem read_line(std::string_view line, std::size_t number, std::map<std::string, std::size_t>& seen) const
  {
    if (line.front() == '[') {
      fail(number, "sections are not settings: write `key = value` lines");
    }
    const std::size_t equals = line.find('=');
    if (equals == std::string_view::npos) {
      fail(number, fmt::format("expected `key = value`, such as `voice = true`"));
    }
    const std::string key(util::trim(line.substr(0, equals)));
    std::string_view value = util::trim(line.substr(equals + 1));
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"') {
      value = value.substr(1, value.size() - 2);
    }
    const auto* setting = std::find_if(std::begin(k_settings), std::end(k_settings),
                                       [&](const Setting& s) { return s.key == key; });
    if (setting == std::end(k_settings)) {
      std::vector<std::string> keys;
      for (const Setting& each : k_settings) {
        keys.emplace_back(each.key);
      }
      fail(number, fmt::format("unknown setting `{}`; the settings are {}", key, util::join(keys, ", ")));
    }
    if (const auto [first, inserted] = seen.emplace(key, number); !inserted) {
      fail(number, fmt::format("`{}` is set already, on line {}", key, first->second));
    }
    if (const auto problem = setting->check(value)) {
      fail(number, fmt::format("{}: {}", key, *problem));
    }
    const std::string name = "--" + key;
    if (const CLI::Option* option = m_app.get_option_no_throw(name); option != nullptr && option->count() == 0) {
      m_applied.insert(name); // the command line did not give it: the file's value counts
    }
    CLI::ConfigItem item;
    item.name = key;
    const bool yes = value == "true" || value == "yes" || value == "on" || value == "1";
    item.inputs = {setting->check == check_boolean ? (yes ? "true" : "false") : std::string(value)};
    return item;
  }

  std::string m_path;
  const CLI::App& m_app;
  mutable std::set<std::string> m_applied;
};

// The settings file to read: the last `--config FILE` (or `--config=FILE`) before `--`,
// else `fallback`. Read before CLI11 parses, to check the file first.
std::string settings_path(int argc, const char* const* argv, std::string fallback)
{
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--") {
      break;
    }
    if (arg == "--config" && i + 1 < argc) {
      fallback = argv[++i];
    } else if (arg.starts_with("--config=")) {
      fallback = std::string(arg.substr(9));
    }
  }
  return fallback;
}

// The shared options given at the top level that `command` (of kind `taker`) does not take.
// Those the settings file set are for the commands that take them, and count for no other.
std::optional<std::string> misplaced_option(const CLI::App& top, const CLI::App& command, unsigned taker,
                                            const std::set<std::string>& from_settings)
{
  const auto problem = [&](const char* name, unsigned takers) -> std::optional<std::string> {
    if ((takers & taker) != 0 || top.count(name) == 0 || from_settings.count(name) != 0) {
      return std::nullopt;
    }
    return fmt::format("{} goes with {} a routine, not with `{}`", name,
                       (takers & k_showing) != 0 ? "running or showing" : "running", command.get_name());
  };
  for (const ValueOption& option : k_shared_values) {
    if (auto found = problem(option.name, option.takers)) {
      return found;
    }
  }
  for (const FlagOption& option : k_shared_flags) {
    if (auto found = problem(option.name, option.takers)) {
      return found;
    }
  }
  return std::nullopt;
}

// A whole number from `min` to `max`, written in decimal, for option `name`.
// Numbers on the command line: blanks around them are ignored, as in the settings file.
int read_count(std::string_view name, const std::string& text, int min, int max)
{
  const auto count = util::parse_count(util::trim(text), max);
  if (!count || *count < min || *count > max) {
    throw UsageError(fmt::format("{} needs a whole number from {} to {}, not `{}`", name, min, max, text));
  }
  return static_cast<int>(*count);
}

// The plan options given on the command line; throws UsageError for malformed values.
plan::PlanOptions plan_options(const Arguments& args, const CLI::App& top, const CLI::App& command)
{
  const auto given = [&](const char* name) { return top.count(name) > 0 || command.count(name) > 0; };
  plan::PlanOptions options;
  if (given("--reps")) {
    options.reps = read_count("--reps", args.reps, 1, plan::k_max_reps);
  }
  if (given("--side")) {
    if (util::trim(args.side).empty()) {
      throw UsageError("--side needs a side, such as left, right or both");
    }
    if (args.side != "both") {
      options.side = args.side;
    }
  }
  if (given("--scale")) {
    const auto scale = util::parse_decimal(util::trim(args.scale));
    if (!scale) {
      throw UsageError(fmt::format("--scale needs a decimal number such as 0.5, not `{}`", args.scale));
    }
    options.scale = *scale;
  }
  if (given("--ready")) {
    const auto ready = read_ready(args.ready);
    if (!ready) {
      throw UsageError("--ready: " + ready.error());
    }
    options.ready = *ready;
  }
  return options;
}

// The theme `--theme` names: nullopt for `auto`, decided by `COLORFGBG` when it tells (the
// session asks the terminal itself when it cannot).
std::optional<render::Theme> theme_of(const std::string& text, const util::EnvLookup& env)
{
  if (const auto problem = check_theme(text)) {
    throw UsageError("--theme: " + *problem);
  }
  if (text != "auto") {
    return text == "light" ? render::Theme::light : render::Theme::dark;
  }
  const char* colorfgbg = env("COLORFGBG");
  const auto background = colorfgbg != nullptr ? term::background_from_colorfgbg(colorfgbg) : term::Background::unknown;
  if (background == term::Background::unknown) {
    return std::nullopt;
  }
  return background == term::Background::light ? render::Theme::light : render::Theme::dark;
}

// The sound `--sound` and `--no-bell` ask for; nullopt when neither was given. `--no-bell`
// on the command line wins over a sound from the settings file.
std::optional<run::Sound> sound_of(const Arguments& args, const CLI::App& top, const CLI::App& command,
                                   const std::set<std::string>& from_settings)
{
  const bool sound_given = top.count("--sound") > 0 || command.count("--sound") > 0;
  if (args.no_bell) {
    if (sound_given && from_settings.count("--sound") == 0 && args.sound != "off") {
      throw UsageError(fmt::format("--no-bell means --sound off: give one or the other, not --sound {} too", args.sound));
    }
    return run::Sound::off;
  }
  if (!sound_given) {
    return std::nullopt;
  }
  const auto sound = run::parse_sound(args.sound);
  if (!sound) {
    throw UsageError("--sound: " + *check_sound(args.sound));
  }
  return sound;
}

// Examples, as every --help ends: `Examples:`, then each command line and what it does,
// the command at the left, its meaning at a column of its own (on the next line, when the
// command is too long for it). A test runs every one of them.
using Example = std::pair<std::string_view, std::string_view>;

std::string examples_footer(std::initializer_list<Example> examples)
{
  constexpr std::size_t k_column = 32;
  std::string out = "Examples:\n";
  for (const auto& [command, meaning] : examples) {
    if (command.size() + 4 > k_column) {
      out += fmt::format("  {}\n{:{}}{}\n", command, "", k_column, meaning);
    } else {
      out += fmt::format("  {:{}}{}\n", command, k_column - 2, meaning);
    }
  }
  out.pop_back();
  return out;
}

std::string examples()
{
  return run::keys_for_help() + "\n"
         + examples_footer({
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
         })
         + "\n\nRoutine files are described in stretch-routine(5).";
}

// What `stretch` alone prints: how to start, and what there is to run.
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

// What a value of each option looks like, for messages that show how to give it.
constexpr std::pair<std::string_view, std::string_view> k_option_examples[] = {
  {"--reps", "3"},       {"--side", "left"},   {"--scale", "0.5"},  {"--ready", "3"},
  {"--color", "never"},  {"--theme", "light"}, {"--sound", "tones"}, {"--config", "FILE"},
  {"--from", "calf"},    {"--as", "physio"},   {"--last", "20"},    {"--since", "2026-11-01"},
};

// What each command's arguments are, for a message when they are missing.
constexpr std::pair<std::string_view, std::string_view> k_argument_examples[] = {
  {"run", "a routine, as in `stretch run calf`"},
  {"hold", "a duration, as in `stretch hold 30s`"},
  {"show", "a routine, as in `stretch show calf`"},
  {"check", "routine files or names, as in `stretch check my.stretch`"},
  {"new", "a name for the routine, as in `stretch new hamstring`"},
  {"edit", "the name of a routine, as in `stretch edit hamstring`"},
  {"import", "a routine file, or - for standard input, as in `stretch import physio.stretch`"},
  {"remind", "a routine and a time, as in `stretch remind daily 07:30`; or `list`, or `remove ROUTINE`"},
  {"remind remove", "the routine whose reminder to remove, as in `stretch remind remove daily`"},
};

std::string_view example_of(std::span<const std::pair<std::string_view, std::string_view>> table, std::string_view key)
{
  for (const auto& [name, example] : table) {
    if (name == key) {
      return example;
    }
  }
  return {};
}

// The command a failed parse was in, as the user typed it after `stretch` (`remind
// remove`): the subcommands it reached; empty for the top.
std::string failing_command(const CLI::App& top)
{
  std::string words;
  for (const CLI::App* command = &top; !command->get_subcommands().empty();) {
    command = command->get_subcommands().back();
    words += (words.empty() ? "" : " ") + command->get_name();
  }
  return words;
}

// CLI11's words for what went wrong on the command line, said in stretch's own: what was
// wrong and how it goes, without CLI11's placeholders.
std::string phrase_parse_error(const CLI::ParseError& error, const std::string& command)
{
  const std::string what = error.what();
  const std::string named = command.empty() ? "`stretch`" : fmt::format("`stretch {}`", command);
  // The part of CLI11's message before its first `:`: the option or argument it is about.
  const std::string subject = what.substr(0, what.find(':'));
  if (dynamic_cast<const CLI::ExtrasError*>(&error) != nullptr) {
    const std::string listed = what.substr(what.rfind(": ") + 2);
    const std::string first = listed.substr(0, listed.find(' '));
    if (first.starts_with("-")) {
      return fmt::format("{} is not an option of {}", util::terminal_safe(first), named);
    }
    if (command.empty()) {
      return fmt::format("`stretch` runs one routine at a time: `{}` is one too many", util::terminal_safe(listed));
    }
    return fmt::format("{} takes no more arguments: `{}` is one too many", named, util::terminal_safe(listed));
  }
  if (dynamic_cast<const CLI::RequiredError*>(&error) != nullptr) {
    const std::string_view example = example_of(k_argument_examples, command.empty() ? "run" : command);
    return fmt::format("{} needs {}", named, example.empty() ? std::string_view("an argument") : example);
  }
  if (dynamic_cast<const CLI::ArgumentMismatch*>(&error) != nullptr && subject.starts_with("--")) {
    const std::string_view example = example_of(k_option_examples, subject);
    return example.empty() ? fmt::format("{} needs a value", subject)
                           : fmt::format("{} needs a value, as in {} {}", subject, subject, example);
  }
  if (dynamic_cast<const CLI::ConversionError*>(&error) != nullptr) {
    const std::size_t start = what.find("--");
    const std::string option = start == std::string::npos ? "this option" : what.substr(start, what.find(' ', start) - start);
    return fmt::format("{} takes no value: give it alone", util::terminal_safe(option));
  }
  if (dynamic_cast<const CLI::FileError*>(&error) != nullptr) {
    return fmt::format("--config {}: no such file", util::terminal_safe(subject.substr(0, subject.find(" was not"))));
  }
  return fmt::format("{} cannot take this command line", named);
}

// CLI11's help, with a usage line that says how `stretch` is really called.
class Formatter : public CLI::Formatter
{
public:
  // Without CLI11's `REQUIRED` after a positional: the usage line says what is needed.
  std::string make_option_opts(const CLI::Option* option) const override
  {
    std::string opts = CLI::Formatter::make_option_opts(option);
    for (std::size_t at = opts.find(" REQUIRED"); at != std::string::npos; at = opts.find(" REQUIRED")) {
      opts.erase(at, 9);
    }
    return opts;
  }

  // `--voice,--no-voice`, without CLI11's `{false}` after the negation.
  std::string make_option_name(const CLI::Option* option, bool is_positional) const override
  {
    std::string name = CLI::Formatter::make_option_name(option, is_positional);
    for (std::size_t open = name.find('{'); open != std::string::npos; open = name.find('{', open)) {
      name.erase(open, name.find('}', open) - open + 1);
    }
    return name;
  }

  std::string make_usage(const CLI::App* app, std::string name) const override
  {
    if (app->get_name() == "remind") {
      return "Usage: stretch remind ROUTINE AT [--weekdays]\n"
             "       stretch remind list [--names]\n"
             "       stretch remind remove ROUTINE\n\n";
    }
    if (app->get_parent() != nullptr) {
      return CLI::Formatter::make_usage(app, std::move(name));
    }
    return "Usage: stretch [OPTIONS] ROUTINE      run a routine (a name, a file, or - to read it from a pipe)\n"
           "       stretch [OPTIONS] DURATION     hold for a while, as in `stretch 30s`\n"
           "       stretch COMMAND [OPTIONS] ...  list, show, check, write or edit routines; history\n\n";
  }
};

int report(std::string_view message, int status)
{
  util::FdSink(STDERR_FILENO).write(util::error_line(message));
  return status;
}

} // namespace

int run(int argc, const char* const* argv)
{
  const bool utf8 = util::adopt_user_locale();
  Arguments args;
  const util::EnvLookup env = util::process_environment();
  CLI::App app{"stretch: a guided stretch timer for the terminal.", "stretch"};
  app.formatter(std::make_shared<Formatter>());
  const auto settings_dir = util::config_dir(env);
  const std::string settings = settings_path(argc, argv, settings_dir ? (*settings_dir / "config").string() : "");
  auto format = std::make_shared<SettingsFormat>(settings, app);
  app.config_formatter(format);
  app.set_config("--config", settings, "Read settings from FILE (default: $XDG_CONFIG_HOME/stretch/config; '' for none)")
    ->option_text("FILE");
  app.allow_config_extras(CLI::config_extras_mode::error);
  app.set_version_flag("--version", "stretch " STRETCH_VERSION);
  app.require_subcommand(0, 1);
  app.add_option("ROUTINE", args.run.routine, "The routine to run: a name or a routine file")->type_name("");
  add_shared_options(app, args, k_running);

  CLI::App* run = app.add_subcommand("run", "Run a routine (as `stretch ROUTINE`, for names like `list`)");
  run->add_option("ROUTINE", args.run.routine, "A routine name or a routine file")->required()->type_name("");
  add_shared_options(*run, args, k_running);

  CLI::App* hold = app.add_subcommand("hold", "Hold for a while without a routine file (as `stretch 30s` when no routine has that name)");
  hold->add_option("DURATION", args.hold, "How long to hold: 30s, 1m, 1:30 or 90")->required()->type_name("");
  add_shared_options(*hold, args, k_running);

  CLI::App* list = app.add_subcommand("list", "List every routine with its title, total time and origin");
  list->add_flag("--names", args.list.names_only, "Print bare names, one per line");
  add_shared_options(*list, args, k_coloring);

  CLI::App* show = app.add_subcommand("show", "Print the plan of a routine: every step, its start and time");
  show->add_option("ROUTINE", args.show.routine, "A routine name or a routine file")->required()->type_name("");
  show->add_flag("--source", args.show.source, "Print the routine's file text instead");
  add_shared_options(*show, args, k_showing);

  CLI::App* check = app.add_subcommand("check", "Check routine files and report every problem");
  check->add_option("FILE", args.check.files, "Routine files (or names) to check")->required()->type_name("");
  check->add_flag("--lint", args.check.lint, "Also warn about what stretching guidelines advise against");
  check->add_flag("--strict", args.check.strict, "Fail on the linter's warnings too (implies --lint)");
  add_shared_options(*check, args, k_coloring);

  CLI::App* create = app.add_subcommand("new", "Write a new routine of your own, from a starter or a copy, and print its path");
  create->add_option("NAME", args.new_routine.name, "The new routine's name")->required()->type_name("");
  create->add_option("--from", args.from, "Start from a copy of this routine")->option_text("ROUTINE");
  create->add_flag("--force", args.new_routine.force, "Replace a routine of yours that has this name");
  create->add_flag("--replace-builtin", args.new_routine.replace_builtin,
                   "Take the name of a built-in routine: yours is used in its place, also where it is included");

  CLI::App* edit = app.add_subcommand("edit", "Open a routine of yours in $VISUAL or $EDITOR, then check it");
  edit->add_option("NAME", args.edit.name, "The routine to edit (a built-in one is copied first)")->required()->type_name("");

  CLI::App* import = app.add_subcommand("import", "Check a routine file (or - for standard input) and copy it to your routines");
  import->add_option("FILE", args.import.source, "The routine file, or - to read it from standard input")->required()->type_name("");
  import->add_option("--as", args.import_as, "The name to keep it under (else its file name, or its title)")->option_text("NAME");
  import->add_flag("--force", args.import.force, "Replace a routine of yours that has this name");
  import->add_flag("--replace-builtin", args.import.replace_builtin,
                   "Take the name of a built-in routine: yours is used in its place, also where it is included");

  CLI::App* remind = app.add_subcommand("remind", "Be reminded to run a routine every day, by systemd or by cron");
  remind->add_option("ROUTINE", args.remind.routine, "The routine to be reminded of")->type_name("");
  remind->add_option("AT", args.remind.at, "The time of day, as 07:30 or 19:05")->type_name("");
  remind->add_flag("--weekdays", args.remind.weekdays, "Only Monday to Friday");
  remind->require_subcommand(0, 1);
  CLI::App* remind_list = remind->add_subcommand("list", "List the reminders, with their time and what keeps them");
  remind_list->add_flag("--names", args.remind.names_only, "Print bare routine names, one per line");
  CLI::App* remind_remove = remind->add_subcommand("remove", "Remove the reminder of a routine");
  remind_remove->add_option("ROUTINE", args.remind_remove, "The routine whose reminder to remove")->required()->type_name("");

  CLI::App* path = app.add_subcommand("path", "Print where your routines, the installed routines, the history log, the settings and the built-ins are");
  path->add_option("WHICH", args.path_which, "Print only this path: routines, installed, history, config or builtins")
    ->type_name("");

  CLI::App* history = app.add_subcommand("history", "Show the last sessions, the daily streak and a calendar");
  history->add_option("--last", args.last, "How many sessions to list (default 10; with --tsv, all)")->option_text("N");
  history->add_flag("--tsv", args.history.tsv, "Print the log's lines, tab-separated, for spreadsheets");
  history->add_option("--since", args.since, "Only sessions from this day on")->option_text("YYYY-MM-DD");
  add_shared_options(*history, args, k_coloring);

  // Set last: subcommands copy the footer of their parent when they are made.
  app.footer(examples());
  list->footer(examples_footer({{"stretch list --names", "bare names, for scripts"}}));
  show->footer(examples_footer({{"stretch show calf --side left", "the left side's steps only"},
                                {"stretch show calf --source > my-calf.stretch", "a copy of the file, to change"}}));
  check->footer(examples_footer({{"stretch check ~/.config/stretch/routines/*.stretch", "every routine of yours"}}));
  run->footer(examples_footer({{"stretch run calf --scale 0.5", "the same as stretch calf --scale 0.5"}}));
  hold->footer(examples_footer({{"stretch hold 30s", "one hold of 30 seconds"},
                                {"stretch hold 1:30 --reps 3 --side both", "three a side, a 10-second relax between"}}));
  create->footer(examples_footer({{"stretch new hamstring", "from a starter"},
                                  {"stretch new my-calf --from calf", "from a copy of the built-in calf routine"}}));
  edit->footer(examples_footer({{"VISUAL=nano stretch edit calf", "a copy of the built-in, in nano"}}));
  import->footer(examples_footer({{"stretch import ~/Downloads/physio.stretch", "kept as physio"},
                                  {"curl -s URL | stretch import - --as club", "your club's, from the web"}}));
  remind->footer(examples_footer({{"stretch remind daily 07:30 --weekdays", "Monday to Friday at half past seven"},
                                  {"stretch remind list", "every reminder"},
                                  {"stretch remind remove daily", "no more reminders of daily"}}));
  remind_list->footer(examples_footer({{"stretch remind list --names", "bare routine names, for scripts"}}));
  remind_remove->footer(examples_footer({{"stretch remind remove daily", "no more reminders of daily"}}));
  path->footer(examples_footer({{"cd \"$(stretch path routines)\"", "to the folder of your routines"}}));
  history->footer(examples_footer({{"stretch history --last 20", "the last 20 sessions"},
                                   {"stretch history --tsv --since 2026-01-01 > stretching.tsv", "for a spreadsheet"}}));

  try {
    if (std::error_code ec; !settings.empty() && std::filesystem::exists(settings, ec)
                            && !std::filesystem::is_regular_file(settings, ec)) {
      throw SettingsError(util::terminal_safe(fmt::format("{}: error: not a regular file", settings)));
    }
    app.parse(argc, argv);
  } catch (const SettingsError& error) {
    util::FdSink(STDERR_FILENO).write(std::string(error.what()) + '\n');
    return k_exit_usage;
  } catch (const CLI::ParseError& error) {
    if (error.get_exit_code() == 0) {
      return app.exit(error); // --help and --version
    }
    // --config is the top level's, whichever command follows it.
    const std::string command = dynamic_cast<const CLI::FileError*>(&error) != nullptr ? "" : failing_command(app);
    report(phrase_parse_error(error, command), k_exit_usage);
    util::FdSink(STDERR_FILENO)
      .write(fmt::format("Run `stretch {}--help` for the usage.\n", command.empty() ? "" : command + " "));
    return k_exit_usage;
  }

  // Options given before a command belong to it: they must be ones it takes.
  if (!app.get_subcommands().empty()) {
    CLI::App* command = app.get_subcommands().front();
    const unsigned taker = command == run || command == hold ? k_running : command == show ? k_showing : k_coloring;
    if (const auto problem = misplaced_option(app, *command, taker, format->applied())) {
      return report(*problem, k_exit_usage);
    }
  }

  try {
    util::FdSink out(STDOUT_FILENO);
    util::FdSink err(STDERR_FILENO);
    const library::Library library(library::builtin_routines(), library::routine_folders(env));
    const auto mode = term::parse_color_mode(args.color);
    if (!mode) {
      throw UsageError(fmt::format("--color must be auto, always or never, not `{}`", args.color));
    }
    const term::Display display = term::detect_display(STDOUT_FILENO, *mode, env, utf8);
    const std::optional<render::Theme> theme = theme_of(args.theme, env);
    const commands::Context ctx{out, err, library,
                                display.color ? render::Palette::colored(theme.value_or(render::Theme::dark))
                                              : render::Palette::plain(),
                                env, display};
    if (list->parsed()) {
      return commands::list_command(ctx, args.list);
    }
    if (show->parsed()) {
      args.show.plan = plan_options(args, app, *show);
      return commands::show_command(ctx, args.show);
    }
    if (check->parsed()) {
      return commands::check_command(ctx, args.check);
    }
    if (create->parsed()) {
      if (create->count("--from") > 0) {
        args.new_routine.from = args.from;
      }
      return commands::new_command(ctx, args.new_routine);
    }
    if (remind->parsed()) {
      commands::RemindOptions& options = args.remind;
      if ((remind_list->parsed() || remind_remove->parsed()) && (!options.routine.empty() || options.weekdays)) {
        throw UsageError("`stretch remind list` and `stretch remind remove` take no routine, time or --weekdays before them");
      }
      if (remind_list->parsed()) {
        options.action = commands::RemindOptions::Action::list;
      } else if (remind_remove->parsed()) {
        options.action = commands::RemindOptions::Action::remove;
        options.routine = args.remind_remove;
      } else if (options.routine.empty()) {
        throw UsageError("`stretch remind` needs a routine and a time, as in `stretch remind daily 07:30`; or "
                         "`stretch remind list`, or `stretch remind remove ROUTINE`");
      } else if (options.at.empty()) {
        throw UsageError(fmt::format("`stretch remind {}` needs a time of day, as in `stretch remind {} 07:30`",
                                     util::terminal_safe(options.routine), util::terminal_safe(options.routine)));
      }
      return commands::remind_command(ctx, options, commands::process_remind_io(env));
    }
    if (import->parsed()) {
      if (import->count("--as") > 0) {
        args.import.name = args.import_as;
      }
      if (args.import.source == "-") {
        auto text = util::read_all(STDIN_FILENO, routine::k_max_file_size);
        if (!text) {
          throw Error(fmt::format("standard input: {}", text.error()));
        }
        args.import.text = std::move(*text);
      }
      return commands::import_command(ctx, args.import);
    }
    if (edit->parsed()) {
      args.edit.name = commands::routine_name_of(args.edit.name);
      return commands::edit_command(ctx, args.edit, commands::process_edit_io());
    }
    if (path->parsed()) {
      commands::PathOptions options;
      if (!args.path_which.empty()) {
        options.which = args.path_which;
      }
      options.builtins_dir = library::installed_routine_dir(argc > 0 ? argv[0] : "stretch", env);
      if (!settings.empty()) {
        options.config_file = settings;
      }
      return commands::path_command(ctx, options);
    }
    if (history->parsed()) {
      if (history->count("--since") > 0) {
        args.history.since = args.since;
      }
      if (history->count("--last") > 0) {
        args.history.last = read_count("--last", args.last, 1, commands::k_max_last);
      }
      return commands::history_command(ctx, args.history,
                                       std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()));
    }
    if (args.run.routine.empty() && app.count("ROUTINE") == 0 && !run->parsed() && !hold->parsed()) {
      out.write(short_usage(library));
      return 0;
    }
    CLI::App& runner = run->parsed() ? *run : hold->parsed() ? *hold : app;
    if (hold->parsed()) {
      args.run.hold = args.hold;
    } else if (util::trim(args.run.routine).empty()) {
      throw UsageError("a routine name cannot be empty; `stretch list` shows them all");
    }
    args.run.plan = plan_options(args, app, runner);
    args.run.sides = !args.side.empty();
    args.run.dry_run = args.dry_run;
    args.run.plain = args.plain;
    args.run.big = args.big;
    args.run.voice = args.voice;
    args.run.vibrate = args.vibrate;
    args.run.sound = sound_of(args, app, runner, format->applied());
    args.run.theme = args.theme == "auto" ? std::nullopt : theme;
    args.run.log = !args.no_log;
    args.run.status = !args.no_status;
    args.run.notify = !args.no_notify;
    return commands::run_command(ctx, args.run);
  } catch (const UsageError& error) {
    return report(error.what(), k_exit_usage);
  } catch (const Error& error) {
    return report(error.what(), 1);
  } catch (const std::exception& error) {
    return report(fmt::format("unexpected failure: {}", error.what()), 1);
  }
}

} // namespace stretch::cli
