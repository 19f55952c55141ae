// SPDX-License-Identifier: MIT
// Every command of the command line, one row each, and the function that runs it.
#include "cli/command_table.h"

#include "i18n/format.h"

#include "cli/option_values.h"
#include "commands/check.h"
#include "commands/edit.h"
#include "commands/history.h"
#include "commands/import.h"
#include "commands/list.h"
#include "commands/new.h"
#include "commands/path.h"
#include "commands/remind.h"
#include "commands/report.h"
#include "commands/run.h"
#include "commands/show.h"
#include "error.h"
#include "library/paths.h"
#include "util/strings.h"
#include "util/terminal_text.h"

#include <fmt/format.h>
#include <unistd.h>

namespace stretch::cli {
namespace {

// `stretch ROUTINE`, `run` and `hold`.
int run_routine(const Invocation& in)
{
  commands::RunCommandOptions options;
  options.routine = in.args.positional("ROUTINE");
  if (const std::string duration = in.args.positional("DURATION"); !duration.empty()) {
    options.hold = duration;
  }
  if (!options.hold && util::trim(options.routine).empty()) {
    if (in.top && in.args.positionals.count("ROUTINE") == 0) {
      // `stretch` alone: how it goes, and a usage error.
      throw UsageError(std::string(i18n::tr("`stretch` needs a routine or a command")) + '\n' + full_usage(in.ctx.library));
    }
    throw UsageError(i18n::tr("a routine name cannot be empty; `stretch list` shows them all"));
  }
  options.plan = plan_options(in.args);
  options.sides = in.args.has("--side");
  options.dry_run = in.args.flag("--dry-run");
  options.plain = in.args.flag("--plain");
  options.big = in.args.flag("--big");
  options.voice = in.args.flag("--voice");
  options.vibrate = in.args.flag("--vibrate");
  options.log = !in.args.flag("--no-log");
  options.history_dir = in.args.value("--history-dir");
  options.device_name = in.args.value("--device-name").value_or("");
  options.status = !in.args.flag("--no-status");
  options.notify = !in.args.flag("--no-notify");
  options.sound = sound_of(in.args);
  if (in.top) {
    options.commands = command_names(); // `stretch histroy`: a command, mistyped
  }
  return commands::run_command(in.ctx, options);
}

int run_list(const Invocation& in)
{
  return commands::list_command(in.ctx, {in.args.flag("--names")});
}

int run_show(const Invocation& in)
{
  return commands::show_command(in.ctx, {in.args.positional("ROUTINE"), in.args.flag("--source"), plan_options(in.args)});
}

int run_check(const Invocation& in)
{
  const auto files = in.args.positionals.find("FILE");
  return commands::check_command(in.ctx, {files == in.args.positionals.end() ? std::vector<std::string>{} : files->second,
                                          in.args.flag("--lint"), in.args.flag("--strict")});
}

int run_new(const Invocation& in)
{
  commands::NewOptions options;
  options.name = in.args.positional("NAME");
  options.from = in.args.value("--from");
  options.force = in.args.flag("--force");
  options.replace_builtin = in.args.flag("--replace-builtin");
  options.commands = command_names();
  return commands::new_command(in.ctx, options);
}

int run_edit(const Invocation& in)
{
  return commands::edit_command(in.ctx, {commands::routine_name_of(in.args.positional("NAME"))},
                                commands::process_edit_io());
}

int run_import(const Invocation& in)
{
  commands::ImportOptions options;
  options.source = in.args.positional("FILE");
  options.name = in.args.value("--as");
  options.force = in.args.flag("--force");
  options.replace_builtin = in.args.flag("--replace-builtin");
  return commands::import_command(in.ctx, options, STDIN_FILENO);
}

int run_remind(const Invocation& in)
{
  commands::RemindOptions options;
  options.routine = in.args.positional("ROUTINE");
  options.at = in.args.positional("AT");
  options.weekdays = in.args.flag("--weekdays");
  if (options.routine.empty()) {
    throw UsageError(i18n::tr("`stretch remind` needs a routine and a time, as in `stretch remind daily 07:30`; or "
                              "`stretch remind list`, or `stretch remind remove ROUTINE`"));
  }
  if (options.at.empty()) {
    throw UsageError(i18n::trf("`stretch remind {routine}` needs a time of day, as in `stretch remind {routine} 07:30`",
                               fmt::arg("routine", util::terminal_safe(options.routine))));

  }
  return commands::remind_command(in.ctx, options, commands::process_remind_io(in.ctx.env));
}

int run_remind_list(const Invocation& in)
{
  commands::RemindOptions options;
  options.action = commands::RemindOptions::Action::list;
  options.names_only = in.args.flag("--names");
  return commands::remind_command(in.ctx, options, commands::process_remind_io(in.ctx.env));
}

int run_remind_remove(const Invocation& in)
{
  commands::RemindOptions options;
  options.action = commands::RemindOptions::Action::remove;
  options.routine = in.args.positional("ROUTINE");
  return commands::remind_command(in.ctx, options, commands::process_remind_io(in.ctx.env));
}

int run_path(const Invocation& in)
{
  commands::PathOptions options;
  if (const std::string which = in.args.positional("WHICH"); !which.empty()) {
    options.which = which;
  }
  options.builtins_dir = library::installed_routine_dir(in.argv0, in.ctx.env);
  if (!in.settings_path.empty()) {
    options.config_file = in.settings_path;
  }
  options.history_dir = in.args.value("--history-dir");
  options.device_name = in.args.value("--device-name").value_or("");
  return commands::path_command(in.ctx, options);
}

int run_history(const Invocation& in)
{
  commands::HistoryOptions options;
  if (const auto last = in.args.value("--last")) {
    options.last = read_count("--last", *last, 1, commands::k_max_last);
  }
  options.tsv = in.args.flag("--tsv");
  options.since = in.args.value("--since");
  options.device = in.args.value("--device");
  options.check = in.args.flag("--check");
  options.history_dir = in.args.value("--history-dir");
  options.device_name = in.args.value("--device-name").value_or("");
  return commands::history_command(in.ctx, options,
                                   std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()));
}

int run_report(const Invocation& in)
{
  commands::ReportOptions options;
  options.since = in.args.value("--since");
  options.until = in.args.value("--until");
  options.output = in.args.value("--output");
  options.history_dir = in.args.value("--history-dir");
  options.device_name = in.args.value("--device-name").value_or("");
  return commands::report_command(in.ctx, options,
                                  std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()));
}

constexpr Positional k_routine[] = {{"ROUTINE", N_("A routine name or a routine file, or - to read it from standard input")}};
constexpr Positional k_top_routine[] = {{"ROUTINE", N_("The routine to run: a name or a routine file"), false}};
constexpr Positional k_duration[] = {{"DURATION", N_("How long to hold: 30s, 1m, 1:30 or 90")}};
constexpr Positional k_show_routine[] = {{"ROUTINE", N_("A routine name or a routine file")}};
constexpr Positional k_files[] = {{"FILE", N_("Routine files (or names) to check"), true, true}};
constexpr Positional k_new_name[] = {{"NAME", N_("The new routine's name")}};
constexpr Positional k_edit_name[] = {{"NAME", N_("The routine to edit (a built-in one is copied first)")}};
constexpr Positional k_import_file[] = {{"FILE", N_("The routine file, or - to read it from standard input")}};
constexpr Positional k_remind_args[] = {{"ROUTINE", N_("The routine to be reminded of"), false},
                                        {"AT", N_("The time of day, as 07:30 or 19:05"), false}};
constexpr Positional k_remove_routine[] = {{"ROUTINE", N_("The routine whose reminder to remove")}};
constexpr Positional k_which[] = {
  {"WHICH", N_("Print only this path: routines, installed, history, config or builtins"), false}};

constexpr Example k_run_examples[] = {{"stretch run calf --scale 0.5", N_("the same as stretch calf --scale 0.5")}};
constexpr Example k_hold_examples[] = {{"stretch hold 30s", N_("one hold of 30 seconds")},
                                       {"stretch hold 1:30 --reps 3 --side both", N_("three a side, a 10-second relax between")}};
constexpr Example k_list_examples[] = {{"stretch list --names", N_("bare names, for scripts")}};
constexpr Example k_show_examples[] = {{"stretch show calf --side left", N_("the left side's steps only")},
                                       {"stretch show calf --source > my-calf.stretch", N_("a copy of the file, to change")}};
constexpr Example k_check_examples[] = {{"stretch check ~/.config/stretch/routines/*.stretch", N_("every routine of yours")}};
constexpr Example k_new_examples[] = {{"stretch new hamstring", N_("from a starter")},
                                      {"stretch new my-calf --from calf", N_("from a copy of the built-in calf routine")}};
constexpr Example k_edit_examples[] = {{"VISUAL=nano stretch edit calf", N_("a copy of the built-in, in nano")}};
constexpr Example k_import_examples[] = {{"stretch import ~/Downloads/physio.stretch", N_("kept as physio")},
                                         {"curl -s URL | stretch import - --as club", N_("your club's, from the web")}};
constexpr Example k_remind_examples[] = {{"stretch remind daily 07:30 --weekdays", N_("Monday to Friday at half past seven")},
                                         {"stretch remind list", N_("every reminder")},
                                         {"stretch remind remove daily", N_("no more reminders of daily")}};
constexpr Example k_remind_list_examples[] = {{"stretch remind list --names", N_("bare routine names, for scripts")}};
constexpr Example k_remind_remove_examples[] = {{"stretch remind remove daily", N_("no more reminders of daily")}};
constexpr Example k_path_examples[] = {{"cd \"$(stretch path routines)\"", N_("to the folder of your routines")}};
constexpr Example k_history_examples[] = {{"stretch history --last 20", N_("the last 20 sessions")},
                                          {"stretch history --tsv --since 2026-01-01 > stretching.tsv", N_("for a spreadsheet")}};
constexpr Example k_report_examples[] = {{"stretch report -o report.html", N_("the last 90 days, to print or send")},
                                         {"stretch report --since 2026-01-01 --until 2026-06-30 > half-year.html",
                                          N_("the first half of 2026")}};

// The commands of `remind`.
constexpr Command k_remind_commands[] = {
  {"list", k_cmd_remind_list, N_("List the reminders, with their time and what keeps them"), "", {}, run_remind_list,
   k_remind_list_examples},
  {"remove", k_cmd_remind_remove, N_("Remove the reminder of a routine"),
   N_("the routine whose reminder to remove, as in `stretch remind remove daily`"), k_remove_routine, run_remind_remove,
   k_remind_remove_examples},
};

constexpr Command k_top{"", k_cmd_run, N_("Run a routine"), N_("a routine or a command, as in `stretch calf`"), k_top_routine,
                        run_routine, {}};

// Every command, in the order --help lists them.
constexpr Command k_commands[] = {
  {"run", k_cmd_run, N_("Run a routine (as `stretch ROUTINE`, for names like `list`)"), N_("a routine, as in `stretch run calf`"),
   k_routine, run_routine, k_run_examples},
  {"hold", k_cmd_hold, N_("Hold for a while without a routine file (as `stretch 30s` when no routine has that name)"),
   N_("a duration, as in `stretch hold 30s`"), k_duration, run_routine, k_hold_examples},
  {"list", k_cmd_list, N_("List every routine with its title, total time and origin"), "", {}, run_list, k_list_examples},
  {"show", k_cmd_show, N_("Print the plan of a routine: every step, its start and time"), N_("a routine, as in `stretch show calf`"),
   k_show_routine, run_show, k_show_examples},
  {"check", k_cmd_check, N_("Check routine files and report every problem"),
   N_("routine files or names, as in `stretch check my.stretch`"), k_files, run_check, k_check_examples},
  {"new", k_cmd_new, N_("Write a new routine of your own, from a starter or a copy, and print its path"),
   N_("a name for the routine, as in `stretch new hamstring`"), k_new_name, run_new, k_new_examples},
  {"edit", k_cmd_edit, N_("Open a routine of yours in $VISUAL or $EDITOR, then check it"),
   N_("the name of a routine, as in `stretch edit hamstring`"), k_edit_name, run_edit, k_edit_examples},
  {"import", k_cmd_import, N_("Check a routine file (or - for standard input) and copy it to your routines"),
   N_("a routine file, or - for standard input, as in `stretch import physio.stretch`"), k_import_file, run_import,
   k_import_examples},
  {"remind", k_cmd_remind, N_("Be reminded to run a routine every day, by systemd or by cron"),
   N_("a routine and a time, as in `stretch remind daily 07:30`; or `list`, or `remove ROUTINE`"), k_remind_args,
   run_remind, k_remind_examples,
   N_("Usage: stretch remind ROUTINE AT [--weekdays]\n"
   "       stretch remind list [--names]\n"
   "       stretch remind remove ROUTINE\n\n"),
   k_remind_commands},
  {"path", k_cmd_path, N_("Print where your routines, the installed routines, the history log, the settings and the built-ins are"),
   "", k_which, run_path, k_path_examples},
  {"history", k_cmd_history, N_("Show the last sessions, the daily streak and a calendar"), "", {}, run_history,
   k_history_examples},
  {"report", k_cmd_report, N_("Write a one-page report for a doctor or physical therapist, as HTML to print"), "", {},
   run_report, k_report_examples},
};

} // namespace

std::span<const Command> command_rows()
{
  return k_commands;
}

const Command& top_command()
{
  return k_top;
}

const Command* find_command(std::string_view path, std::span<const Command> commands)
{
  const std::string_view first = path.substr(0, path.find(' '));
  for (const Command& command : commands) {
    if (command.name == first) {
      return first.size() == path.size() ? &command : find_command(path.substr(first.size() + 1), command.subcommands);
    }
  }
  return nullptr;
}

std::vector<std::string_view> command_names()
{
  std::vector<std::string_view> names;
  for (const Command& command : k_commands) {
    names.push_back(command.name);
  }
  return names;
}

} // namespace stretch::cli
