// SPDX-License-Identifier: MIT
// The command line: one table row per command, parsed with CLI11, and the command called.
// This is the only file that includes CLI11, which is slow to compile.
#include "cli/cli.h"

#include "cli/help_text.h"
#include "cli/option_values.h"
#include "cli/settings_file.h"
#include "cli/usage_errors.h"
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
#include "term/display.h"
#include "util/fd.h"
#include "util/edit_distance.h"
#include "util/locale.h"
#include "util/messages.h"
#include "util/strings.h"
#include "util/terminal_text.h"
#include "util/wrap.h"
#include "util/xdg.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <fmt/format.h>
#include <set>
#include <sstream>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

#ifndef STRETCH_VERSION
#define STRETCH_VERSION "unknown"
#endif

namespace stretch::cli {
namespace {

constexpr int k_exit_usage = 2;

// Everything the command line sets, bound by CLI11 as it parses: each command's own
// options, and the options several commands share, as written (read once the command is
// known, in decimal and with stretch's own messages).
struct Parsed
{
  commands::RunCommandOptions run;
  commands::ListOptions list;
  commands::ShowOptions show;
  commands::CheckOptions check;
  commands::HistoryOptions history;
  commands::NewOptions create;
  commands::EditOptions edit;
  commands::ImportOptions import;
  commands::RemindOptions remind;
  commands::PathOptions path;
  std::string remind_remove; // `remind remove ROUTINE`, told apart from `remind ROUTINE AT`
  std::string last;          // `history --last N`
  PlanArgs plan;
  std::string color = "auto";
  std::string theme = "auto";
  std::string sound;
  bool no_bell = false;
};

// Which commands take a shared option.
enum Takers : unsigned {
  k_running = 1,  // stretch ROUTINE, run, hold
  k_showing = 2,  // show
  k_coloring = 4, // every command that prints in color
};

struct ValueOption
{
  const char* name;
  const char* value_name;
  const char* help;
  std::string& (*field)(Parsed&);
  unsigned takers;
};

struct FlagOption
{
  const char* name;  // the option, as counted and named in messages
  const char* names; // as CLI11 takes them: a negation after `!`
  const char* help;
  bool& (*field)(Parsed&);
  unsigned takers;
};

// Every option that more than one command takes, in one place: each is added to the
// commands that take it and to the top level, where `stretch --reps 2 show calf` puts it.
constexpr ValueOption k_shared_values[] = {
  {"--reps", "N", "Do N reps of every exercise that has timed steps", [](Parsed& p) -> std::string& { return p.plan.reps; },
   k_running | k_showing},
  {"--side", "SIDE", "Only this side: left, right (or the routine's own labels) or both",
   [](Parsed& p) -> std::string& { return p.plan.side; }, k_running | k_showing},
  {"--scale", "FACTOR", "Multiply every hold, relax and rest by FACTOR, never below a hold's minimum",
   [](Parsed& p) -> std::string& { return p.plan.scale; }, k_running | k_showing},
  {"--ready", "SECONDS", "Lead-in before each exercise and side, in seconds (0: none)",
   [](Parsed& p) -> std::string& { return p.plan.ready; }, k_running | k_showing},
  {"--color", "WHEN", "Use color: auto, always or never", [](Parsed& p) -> std::string& { return p.color; },
   k_running | k_showing | k_coloring},
  {"--theme", "THEME", "Colors for a dark or light background: auto (ask the terminal), dark or light",
   [](Parsed& p) -> std::string& { return p.theme; }, k_running | k_showing | k_coloring},
  {"--sound", "SOUND", "Mark each change with tones (the default when a sound player is found), bell or off",
   [](Parsed& p) -> std::string& { return p.sound; }, k_running},
};

constexpr FlagOption k_shared_flags[] = {
  {"--dry-run", "--dry-run", "Print the timeline and exit without waiting",
   [](Parsed& p) -> bool& { return p.run.dry_run; }, k_running},
  {"--plain", "--plain,!--no-plain", "One line per event, no redrawing (also when not on a smart terminal)",
   [](Parsed& p) -> bool& { return p.run.plain; }, k_running},
  {"--big", "--big,!--no-big", "Show the seconds left in large digits", [](Parsed& p) -> bool& { return p.run.big; },
   k_running},
  {"--no-bell", "--no-bell", "No sound at all: the same as --sound off", [](Parsed& p) -> bool& { return p.no_bell; },
   k_running},
  {"--voice", "--voice,!--no-voice", "Speak each cue (espeak-ng, espeak, spd-say, say or termux-tts-speak)",
   [](Parsed& p) -> bool& { return p.run.voice; }, k_running},
  {"--vibrate", "--vibrate,!--no-vibrate", "Buzz the phone at each change and at 3, 2, 1 (Termux:API)",
   [](Parsed& p) -> bool& { return p.run.vibrate; }, k_running},
  {"--no-log", "!--no-log", "Do not add this session to the history log", [](Parsed& p) -> bool& { return p.run.log; },
   k_running},
  {"--no-status", "!--no-status", "No window title or progress bar in the tab or taskbar",
   [](Parsed& p) -> bool& { return p.run.status; }, k_running},
  {"--no-notify", "!--no-notify", "No desktop notification at the end or when a question waits",
   [](Parsed& p) -> bool& { return p.run.notify; }, k_running},
};

// Adds the shared options that commands of kind `taker` take to `app`.
void add_shared_options(CLI::App& app, Parsed& parsed, unsigned taker)
{
  for (const ValueOption& option : k_shared_values) {
    if ((option.takers & taker) != 0) {
      app.add_option(option.name, option.field(parsed), option.help)->option_text(option.value_name);
    }
  }
  for (const FlagOption& option : k_shared_flags) {
    if ((option.takers & taker) != 0) {
      app.add_flag(option.names, option.field(parsed), option.help);
    }
  }
}

// The settings file, read through CLI11's own support for such files: every line checked
// first (see `read_settings`), and a note of which options the file set.
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
    std::vector<CLI::ConfigItem> read;
    for (Setting& setting : read_settings(text, m_path)) {
      const std::string name = "--" + setting.key;
      if (const CLI::Option* option = m_app.get_option_no_throw(name); option != nullptr && option->count() == 0) {
        m_applied.insert(name); // the command line did not give it: the file's value counts
      }
      CLI::ConfigItem item;
      item.name = std::move(setting.key);
      item.inputs = {std::move(setting.value)};
      read.push_back(std::move(item));
    }
    return read;
  }

  const std::string& path() const { return m_path; }

  /// The long options whose values came from the file.
  const std::set<std::string>& applied() const { return m_applied; }

private:
  std::string m_path;
  const CLI::App& m_app;
  mutable std::set<std::string> m_applied;
};

// What a command works with once the command line is parsed.
struct Invocation
{
  const commands::Context& ctx;
  Parsed& parsed;
  const CLI::App& top;
  const CLI::App& command;
  const SettingsFormat& settings;
  std::string_view argv0;

  // Whether the option `name` was given, before the command or after it.
  bool given(const char* name) const { return top.count(name) > 0 || command.count(name) > 0; }
};

// A command: one row of the table that the parser, the help and the dispatch read.
struct Command
{
  std::string_view name;
  std::string_view summary;
  std::string_view needs; // what its arguments are, for the message when they are missing
  unsigned takes;         // the shared options it takes
  void (*add)(CLI::App& app, Parsed& parsed);
  int (*run)(const Invocation& invocation);
  std::span<const Example> examples;
  std::string_view usage{};            // its usage lines, when CLI11's would not say how it goes
  std::span<const struct Command> subcommands{}; // its own commands, run by its `run`
};

// The plan options the command line and the settings gave, read.
plan::PlanOptions plan_of(const Invocation& in)
{
  return plan_options(in.parsed.plan,
                      {in.given("--reps"), in.given("--side"), in.given("--scale"), in.given("--ready")});
}

// `stretch ROUTINE`, `run` and `hold`.
int run_routine(const Invocation& in)
{
  commands::RunCommandOptions& options = in.parsed.run;
  if (!options.hold && util::trim(options.routine).empty()) {
    if (&in.command == &in.top && in.top.count("ROUTINE") == 0) {
      in.ctx.out.write(short_usage(in.ctx.library)); // `stretch` alone
      return 0;
    }
    throw UsageError("a routine name cannot be empty; `stretch list` shows them all");
  }
  options.plan = plan_of(in);
  options.sides = in.given("--side");
  if (&in.command == &in.top) {
    options.commands = command_names(); // `stretch histroy`: a command, mistyped
  }
  options.sound = sound_of(in.parsed.sound, in.given("--sound"), in.settings.applied().count("--sound") > 0,
                           in.parsed.no_bell);
  return commands::run_command(in.ctx, options);
}

void add_run(CLI::App& app, Parsed& parsed)
{
  app.add_option("ROUTINE", parsed.run.routine, "A routine name or a routine file, or - to read it from standard input")
    ->required()
    ->type_name("");
}

void add_hold(CLI::App& app, Parsed& parsed)
{
  app.add_option_function<std::string>("DURATION", [&parsed](const std::string& d) { parsed.run.hold = d; },
                                       "How long to hold: 30s, 1m, 1:30 or 90")
    ->required()
    ->type_name("");
}

void add_list(CLI::App& app, Parsed& parsed)
{
  app.add_flag("--names", parsed.list.names_only, "Print bare names, one per line");
}

int run_list(const Invocation& in)
{
  return commands::list_command(in.ctx, in.parsed.list);
}

void add_show(CLI::App& app, Parsed& parsed)
{
  app.add_option("ROUTINE", parsed.show.routine, "A routine name or a routine file")->required()->type_name("");
  app.add_flag("--source", parsed.show.source, "Print the routine's file text instead");
}

int run_show(const Invocation& in)
{
  in.parsed.show.plan = plan_of(in);
  return commands::show_command(in.ctx, in.parsed.show);
}

void add_check(CLI::App& app, Parsed& parsed)
{
  app.add_option("FILE", parsed.check.files, "Routine files (or names) to check")->required()->type_name("");
  app.add_flag("--lint", parsed.check.lint, "Also warn about what stretching guidelines advise against");
  app.add_flag("--strict", parsed.check.strict, "Fail on the linter's warnings too (implies --lint)");
}

int run_check(const Invocation& in)
{
  return commands::check_command(in.ctx, in.parsed.check);
}

// The flags of new and import that let a routine take a name already in use.
void add_replace_flags(CLI::App& app, bool& force, bool& replace_builtin)
{
  app.add_flag("--force", force, "Replace a routine of yours that has this name");
  app.add_flag("--replace-builtin", replace_builtin,
               "Take the name of a built-in routine: yours is used in its place, also where it is included");
}

void add_new(CLI::App& app, Parsed& parsed)
{
  app.add_option("NAME", parsed.create.name, "The new routine's name")->required()->type_name("");
  app.add_option_function<std::string>("--from", [&parsed](const std::string& from) { parsed.create.from = from; },
                                       "Start from a copy of this routine")
    ->option_text("ROUTINE");
  add_replace_flags(app, parsed.create.force, parsed.create.replace_builtin);
}

int run_new(const Invocation& in)
{
  in.parsed.create.commands = command_names();
  return commands::new_command(in.ctx, in.parsed.create);
}

void add_edit(CLI::App& app, Parsed& parsed)
{
  app.add_option("NAME", parsed.edit.name, "The routine to edit (a built-in one is copied first)")->required()->type_name("");
}

int run_edit(const Invocation& in)
{
  in.parsed.edit.name = commands::routine_name_of(in.parsed.edit.name);
  return commands::edit_command(in.ctx, in.parsed.edit, commands::process_edit_io());
}

void add_import(CLI::App& app, Parsed& parsed)
{
  app.add_option("FILE", parsed.import.source, "The routine file, or - to read it from standard input")
    ->required()
    ->type_name("");
  app.add_option_function<std::string>("--as", [&parsed](const std::string& name) { parsed.import.name = name; },
                                       "The name to keep it under (else its file name, or its title)")
    ->option_text("NAME");
  add_replace_flags(app, parsed.import.force, parsed.import.replace_builtin);
}

int run_import(const Invocation& in)
{
  return commands::import_command(in.ctx, in.parsed.import, STDIN_FILENO);
}

void add_remind(CLI::App& app, Parsed& parsed)
{
  app.add_option("ROUTINE", parsed.remind.routine, "The routine to be reminded of")->type_name("");
  app.add_option("AT", parsed.remind.at, "The time of day, as 07:30 or 19:05")->type_name("");
  app.add_flag("--weekdays", parsed.remind.weekdays, "Only Monday to Friday");
  app.require_subcommand(0, 1);
}

void add_remind_list(CLI::App& app, Parsed& parsed)
{
  app.add_flag("--names", parsed.remind.names_only, "Print bare routine names, one per line");
}

void add_remind_remove(CLI::App& app, Parsed& parsed)
{
  app.add_option("ROUTINE", parsed.remind_remove, "The routine whose reminder to remove")->required()->type_name("");
}

int run_remind(const Invocation& in)
{
  commands::RemindOptions& options = in.parsed.remind;
  const bool listing = in.command.get_subcommand("list")->parsed();
  const bool removing = in.command.get_subcommand("remove")->parsed();
  if ((listing || removing) && (!options.routine.empty() || options.weekdays)) {
    throw UsageError("`stretch remind list` and `stretch remind remove` take no routine, time or --weekdays before them");
  }
  if (listing) {
    options.action = commands::RemindOptions::Action::list;
  } else if (removing) {
    options.action = commands::RemindOptions::Action::remove;
    options.routine = in.parsed.remind_remove;
  } else if (options.routine.empty()) {
    throw UsageError("`stretch remind` needs a routine and a time, as in `stretch remind daily 07:30`; or "
                     "`stretch remind list`, or `stretch remind remove ROUTINE`");
  } else if (options.at.empty()) {
    throw UsageError(fmt::format("`stretch remind {0}` needs a time of day, as in `stretch remind {0} 07:30`",
                                 util::terminal_safe(options.routine)));
  }
  return commands::remind_command(in.ctx, options, commands::process_remind_io(in.ctx.env));
}

void add_path(CLI::App& app, Parsed& parsed)
{
  app.add_option_function<std::string>("WHICH", [&parsed](const std::string& which) { parsed.path.which = which; },
                                       "Print only this path: routines, installed, history, config or builtins")
    ->type_name("");
}

int run_path(const Invocation& in)
{
  commands::PathOptions& options = in.parsed.path;
  options.builtins_dir = library::installed_routine_dir(in.argv0, in.ctx.env);
  if (!in.settings.path().empty()) {
    options.config_file = in.settings.path();
  }
  return commands::path_command(in.ctx, options);
}

void add_history(CLI::App& app, Parsed& parsed)
{
  app.add_option("--last", parsed.last, "How many sessions to list (default 10; with --tsv, all)")->option_text("N");
  app.add_flag("--tsv", parsed.history.tsv, "Print the log's lines, tab-separated, for spreadsheets");
  app.add_option_function<std::string>("--since", [&parsed](const std::string& day) { parsed.history.since = day; },
                                       "Only sessions from this day on")
    ->option_text("YYYY-MM-DD");
}

int run_history(const Invocation& in)
{
  if (in.command.count("--last") > 0) {
    in.parsed.history.last = read_count("--last", in.parsed.last, 1, commands::k_max_last);
  }
  return commands::history_command(in.ctx, in.parsed.history,
                                   std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()));
}

constexpr Example k_run_examples[] = {{"stretch run calf --scale 0.5", "the same as stretch calf --scale 0.5"}};
constexpr Example k_hold_examples[] = {{"stretch hold 30s", "one hold of 30 seconds"},
                                       {"stretch hold 1:30 --reps 3 --side both", "three a side, a 10-second relax between"}};
constexpr Example k_list_examples[] = {{"stretch list --names", "bare names, for scripts"}};
constexpr Example k_show_examples[] = {{"stretch show calf --side left", "the left side's steps only"},
                                       {"stretch show calf --source > my-calf.stretch", "a copy of the file, to change"}};
constexpr Example k_check_examples[] = {{"stretch check ~/.config/stretch/routines/*.stretch", "every routine of yours"}};
constexpr Example k_new_examples[] = {{"stretch new hamstring", "from a starter"},
                                      {"stretch new my-calf --from calf", "from a copy of the built-in calf routine"}};
constexpr Example k_edit_examples[] = {{"VISUAL=nano stretch edit calf", "a copy of the built-in, in nano"}};
constexpr Example k_import_examples[] = {{"stretch import ~/Downloads/physio.stretch", "kept as physio"},
                                         {"curl -s URL | stretch import - --as club", "your club's, from the web"}};
constexpr Example k_remind_examples[] = {{"stretch remind daily 07:30 --weekdays", "Monday to Friday at half past seven"},
                                         {"stretch remind list", "every reminder"},
                                         {"stretch remind remove daily", "no more reminders of daily"}};
constexpr Example k_remind_list_examples[] = {{"stretch remind list --names", "bare routine names, for scripts"}};
constexpr Example k_remind_remove_examples[] = {{"stretch remind remove daily", "no more reminders of daily"}};
constexpr Example k_path_examples[] = {{"cd \"$(stretch path routines)\"", "to the folder of your routines"}};
constexpr Example k_history_examples[] = {{"stretch history --last 20", "the last 20 sessions"},
                                          {"stretch history --tsv --since 2026-01-01 > stretching.tsv", "for a spreadsheet"}};

// The commands of `remind`, run by `run_remind`.
constexpr Command k_remind_commands[] = {
  {"list", "List the reminders, with their time and what keeps them", "", 0, add_remind_list, nullptr,
   k_remind_list_examples},
  {"remove", "Remove the reminder of a routine",
   "the routine whose reminder to remove, as in `stretch remind remove daily`", 0, add_remind_remove, nullptr,
   k_remind_remove_examples},
};

// Every command, in the order --help lists them.
constexpr Command k_commands[] = {
  {"run", "Run a routine (as `stretch ROUTINE`, for names like `list`)", "a routine, as in `stretch run calf`",
   k_running, add_run, run_routine, k_run_examples},
  {"hold", "Hold for a while without a routine file (as `stretch 30s` when no routine has that name)",
   "a duration, as in `stretch hold 30s`", k_running, add_hold, run_routine, k_hold_examples},
  {"list", "List every routine with its title, total time and origin", "", k_coloring, add_list, run_list,
   k_list_examples},
  {"show", "Print the plan of a routine: every step, its start and time", "a routine, as in `stretch show calf`",
   k_showing, add_show, run_show, k_show_examples},
  {"check", "Check routine files and report every problem", "routine files or names, as in `stretch check my.stretch`",
   k_coloring, add_check, run_check, k_check_examples},
  {"new", "Write a new routine of your own, from a starter or a copy, and print its path",
   "a name for the routine, as in `stretch new hamstring`", 0, add_new, run_new, k_new_examples},
  {"edit", "Open a routine of yours in $VISUAL or $EDITOR, then check it",
   "the name of a routine, as in `stretch edit hamstring`", 0, add_edit, run_edit, k_edit_examples},
  {"import", "Check a routine file (or - for standard input) and copy it to your routines",
   "a routine file, or - for standard input, as in `stretch import physio.stretch`", 0, add_import, run_import,
   k_import_examples},
  {"remind", "Be reminded to run a routine every day, by systemd or by cron",
   "a routine and a time, as in `stretch remind daily 07:30`; or `list`, or `remove ROUTINE`", 0, add_remind,
   run_remind, k_remind_examples,
   "Usage: stretch remind ROUTINE AT [--weekdays]\n"
   "       stretch remind list [--names]\n"
   "       stretch remind remove ROUTINE\n\n",
   k_remind_commands},
  {"path", "Print where your routines, the installed routines, the history log, the settings and the built-ins are",
   "", 0, add_path, run_path, k_path_examples},
  {"history", "Show the last sessions, the daily streak and a calendar", "", k_coloring, add_history, run_history,
   k_history_examples},
};

// The row of the command typed as `path` after `stretch` (`remind remove`) among
// `commands`, or null.
const Command* find_command(std::string_view path, std::span<const Command> commands = k_commands)
{
  const std::string_view first = path.substr(0, path.find(' '));
  for (const Command& command : commands) {
    if (command.name == first) {
      return first.size() == path.size() ? &command : find_command(path.substr(first.size() + 1), command.subcommands);
    }
  }
  return nullptr;
}

// CLI11's help, with usage lines that say how `stretch` is really called, wrapped to the
// terminal's width (at most `k_max_help_width`).
class Formatter : public CLI::Formatter
{
public:
  explicit Formatter(std::size_t width) : m_width(width) { column_width(std::min<std::size_t>(30, width / 2)); }

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

  // The description wrapped to what is left of the width; CLI11 indents each line.
  std::string make_option_desc(const CLI::Option* option) const override
  {
    return wrap_help(CLI::Formatter::make_option_desc(option), room());
  }

  std::string make_description(const CLI::App* app) const override
  {
    const std::string description = app->get_description();
    return description.empty() ? std::string() : wrap_help(description, m_width) + '\n';
  }

  std::string make_subcommand(const CLI::App* sub) const override
  {
    std::stringstream out;
    CLI::detail::format_help(out, sub->get_display_name(true), wrap_help(sub->get_description(), room()),
                             get_column_width());
    return out.str();
  }

  std::string make_usage(const CLI::App* app, std::string name) const override
  {
    if (app->get_parent() == nullptr) {
      return top_usage(m_width);
    }
    const Command* command = app->get_parent()->get_parent() == nullptr ? find_command(app->get_name()) : nullptr;
    return command != nullptr && !command->usage.empty() ? std::string(command->usage)
                                                         : CLI::Formatter::make_usage(app, std::move(name));
  }

private:
  // The columns a description has, right of the names.
  std::size_t room() const
  {
    const std::size_t column = get_column_width();
    return m_width > column + 12 ? m_width - column : 12;
  }

  std::size_t m_width;
};

// How wide `--help` is: the terminal's width, at most `k_max_help_width`.
std::size_t help_width(const util::EnvLookup& env)
{
  const std::size_t columns = term::window_size(STDOUT_FILENO, env).columns;
  return std::clamp<std::size_t>(columns, 40, k_max_help_width); // narrower, the terminal wraps
}

// Adds `command` to `parent`, with its arguments, its shared options and its examples.
CLI::App& add_command(CLI::App& parent, const Command& command, Parsed& parsed)
{
  CLI::App& app = *parent.add_subcommand(std::string(command.name), std::string(command.summary));
  command.add(app, parsed);
  add_shared_options(app, parsed, command.takes);
  return app;
}

// The whole command line: the top level (`stretch ROUTINE`), then every command.
void build(CLI::App& app, Parsed& parsed, const std::shared_ptr<SettingsFormat>& settings)
{
  const std::size_t width = help_width(util::process_environment());
  app.formatter(std::make_shared<Formatter>(width));
  app.config_formatter(settings);
  app.set_config("--config", settings->path(),
                 "Read settings from FILE (default: $XDG_CONFIG_HOME/stretch/config; '' for none)")
    ->option_text("FILE");
  app.allow_config_extras(CLI::config_extras_mode::error);
  app.set_version_flag("--version", "stretch " STRETCH_VERSION);
  app.require_subcommand(0, 1);
  app.add_option("ROUTINE", parsed.run.routine, "The routine to run: a name or a routine file")->type_name("");
  add_shared_options(app, parsed, k_running);
  for (const Command& command : k_commands) {
    CLI::App& sub = add_command(app, command, parsed);
    for (const Command& nested : command.subcommands) {
      add_command(sub, nested, parsed).footer(examples_footer(nested.examples, width));
    }
  }
  // Footers last: a subcommand copies its parent's when it is made.
  app.footer(top_footer(width));
  for (const Command& command : k_commands) {
    app.get_subcommand(std::string(command.name))->footer(examples_footer(command.examples, width));
  }
}

// The commands a failed parse reached, as typed after `stretch` (`remind remove`); "" for
// the top level.
std::string failing_command(const CLI::App& top)
{
  std::string words;
  for (const CLI::App* command = &top; !command->get_subcommands().empty();) {
    command = command->get_subcommands().back();
    words += (words.empty() ? "" : " ") + command->get_name();
  }
  return words;
}

// The long options of the command a failed parse reached, for "did you mean".
std::vector<std::string> options_of_failing(const CLI::App& top)
{
  const CLI::App* command = &top;
  while (!command->get_subcommands().empty()) {
    command = command->get_subcommands().back();
  }
  std::vector<std::string> names;
  for (const CLI::Option* option : command->get_options()) {
    for (const std::string& name : option->get_lnames()) {
      names.push_back("--" + name);
    }
  }
  return names;
}

// What CLI11 found wrong, sorted out of its message.
ParseProblem problem_of(const CLI::ParseError& error)
{
  const std::string what = error.what();
  // The part of CLI11's message before its first `:`: the option or argument it is about.
  const std::string subject = what.substr(0, what.find(':'));
  if (dynamic_cast<const CLI::ExtrasError*>(&error) != nullptr) {
    // An unknown option first, wherever it is among the extras (`3 --lats`): it explains them.
    const std::string listed = what.substr(what.rfind(": ") + 2);
    for (const std::string_view word : util::split_words(listed)) {
      if (word.starts_with("-")) {
        return ParseProblem{ParseFailure::unknown_option, std::string(word)};
      }
    }
    return ParseProblem{ParseFailure::extra_argument, listed};
  }
  if (dynamic_cast<const CLI::RequiredError*>(&error) != nullptr) {
    return {ParseFailure::missing_argument, ""};
  }
  if (dynamic_cast<const CLI::ArgumentMismatch*>(&error) != nullptr && subject.starts_with("--")) {
    return {ParseFailure::missing_value, subject};
  }
  if (dynamic_cast<const CLI::ConversionError*>(&error) != nullptr) {
    const std::size_t start = what.find("--");
    return {ParseFailure::value_for_flag,
            start == std::string::npos ? "this option" : what.substr(start, what.find(' ', start) - start)};
  }
  if (dynamic_cast<const CLI::FileError*>(&error) != nullptr) {
    return {ParseFailure::missing_file, subject.substr(0, subject.find(" was not"))};
  }
  return {ParseFailure::other, ""};
}

int report(std::string_view message, int status)
{
  util::FdSink(STDERR_FILENO).write(util::error_line(message));
  return status;
}

// Parses the command line; nullopt when a command is to run, else the exit status: 0
// after --help and --version, 2 after a mistake, reported in stretch's own words.
std::optional<int> parse(CLI::App& app, int argc, const char* const* argv, const std::string& settings)
{
  try {
    if (std::error_code ec; !settings.empty() && std::filesystem::exists(settings, ec)) {
      if (!std::filesystem::is_regular_file(settings, ec)) {
        throw SettingsError(util::terminal_safe(fmt::format("{}: error: not a regular file", settings)));
      }
      if (const util::Fd file(::open(settings.c_str(), O_RDONLY | O_CLOEXEC)); file.get() < 0) {
        // Ignored, it would leave the user wondering why their settings do nothing.
        throw SettingsError(util::terminal_safe(fmt::format("{}: error: cannot read it: {}", settings, std::strerror(errno))));
      }
    }
    app.parse(argc, argv);
    return std::nullopt;
  } catch (const SettingsError& error) {
    util::FdSink(STDERR_FILENO).write(std::string(error.what()) + '\n');
    return k_exit_usage;
  } catch (const CLI::ParseError& error) {
    if (error.get_exit_code() == 0) {
      return app.exit(error); // --help and --version
    }
    const ParseProblem problem = problem_of(error);
    // --config is the top level's, whichever command follows it.
    const std::string command = problem.failure == ParseFailure::missing_file ? "" : failing_command(app);
    const Command* row = find_command(command.empty() ? "run" : command);
    const std::string suggestion = problem.failure == ParseFailure::unknown_option
                                     ? util::did_you_mean(problem.subject, options_of_failing(app))
                                     : std::string();
    report(phrase_problem(problem, command, row != nullptr ? row->needs : "") + suggestion, k_exit_usage);
    util::FdSink(STDERR_FILENO)
      .write(fmt::format("Run `stretch {}--help` for the usage.\n", command.empty() ? "" : command + " "));
    return k_exit_usage;
  }
}

// The shared options given before `command` that it does not take. Those the settings
// file set are for the commands that take them, and count for no other.
std::optional<std::string> misplaced_option(const CLI::App& top, const Command& command,
                                            const std::set<std::string>& from_settings)
{
  const auto problem = [&](const char* name, unsigned takers) -> std::optional<std::string> {
    if ((takers & command.takes) != 0 || top.count(name) == 0 || from_settings.count(name) != 0) {
      return std::nullopt;
    }
    return fmt::format("{} goes with {} a routine, not with `{}`", name,
                       (takers & k_showing) != 0 ? "running or showing" : "running", command.name);
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

// The settings file to read: the last `--config FILE` (or `--config=FILE`) before `--`,
// else the default. Found before CLI11 parses, to check the file first.
std::string settings_path(int argc, const char* const* argv, const util::EnvLookup& env)
{
  const auto folder = util::config_dir(env);
  std::string path = folder ? (*folder / "config").string() : "";
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--") {
      break;
    }
    if (arg == "--config" && i + 1 < argc) {
      path = argv[++i];
    } else if (arg.starts_with("--config=")) {
      path = std::string(arg.substr(9));
    }
  }
  return path;
}

// Runs the command the command line named (the top level runs a routine), with a context
// made for it; every error becomes its message and exit status.
int dispatch(const CLI::App& app, Parsed& parsed, const SettingsFormat& settings, bool utf8, std::string_view argv0)
{
  try {
    const util::EnvLookup env = util::process_environment();
    util::FdSink out(STDOUT_FILENO);
    util::FdSink err(STDERR_FILENO);
    const library::Library library(library::builtin_routines(), library::routine_folders(env));
    const term::Display display = term::detect_display(STDOUT_FILENO, color_mode_of(parsed.color), env, utf8);
    const commands::Context ctx{out, err, library, env, display, theme_of(parsed.theme, env),
                                commands::ask_terminal_theme};
    const CLI::App* sub = app.get_subcommands().empty() ? &app : app.get_subcommands().front();
    const Invocation invocation{ctx, parsed, app, *sub, settings, argv0};
    const Command* command = sub == &app ? nullptr : find_command(sub->get_name());
    return command != nullptr ? command->run(invocation) : run_routine(invocation);
  } catch (const UsageError& error) {
    return report(error.what(), k_exit_usage);
  } catch (const Error& error) {
    return report(error.what(), 1);
  } catch (const std::exception& error) {
    return report(fmt::format("unexpected failure: {}", error.what()), 1);
  }
}

} // namespace

std::vector<std::string_view> command_names()
{
  std::vector<std::string_view> names;
  for (const Command& command : k_commands) {
    names.push_back(command.name);
  }
  return names;
}

int run(int argc, const char* const* argv)
{
  const bool utf8 = util::adopt_user_locale();
  Parsed parsed;
  CLI::App app{"stretch: a guided stretch timer for the terminal.", "stretch"};
  const auto settings =
    std::make_shared<SettingsFormat>(settings_path(argc, argv, util::process_environment()), app);
  build(app, parsed, settings);
  if (const auto status = parse(app, argc, argv, settings->path())) {
    return *status;
  }
  if (!app.get_subcommands().empty()) {
    const Command* command = find_command(app.get_subcommands().front()->get_name());
    if (const auto problem = misplaced_option(app, *command, settings->applied())) {
      return report(*problem, k_exit_usage);
    }
  }
  return dispatch(app, parsed, *settings, utf8, argc > 0 ? argv[0] : "stretch");
}

} // namespace stretch::cli
