// The command line: parses arguments with CLI11 and calls the commands. This is the only
// file that includes CLI11, which is slow to compile.
#include "cli/cli.h"

#include "commands/check.h"
#include "commands/edit.h"
#include "commands/history.h"
#include "commands/list.h"
#include "commands/new.h"
#include "commands/path.h"
#include "commands/run.h"
#include "commands/show.h"
#include "error.h"
#include "library/builtins.h"
#include "library/paths.h"
#include "routine/duration.h"
#include "util/strings.h"
#include "util/terminal_text.h"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <unistd.h>

#ifndef STRETCH_VERSION
#define STRETCH_VERSION "unknown"
#endif

namespace stretch::cli {
namespace {

constexpr int k_exit_usage = 2;

// The values of every option, filled in by CLI11.
struct Arguments
{
  std::string color = "auto";
  commands::ListOptions list;
  commands::ShowOptions show;
  commands::CheckOptions check;
  commands::RunCommandOptions run;
  commands::HistoryOptions history;
  commands::NewOptions new_routine;
  std::string from;
  commands::EditOptions edit;
  std::string path_which;
  std::string since;
  bool no_bell = false;
  bool no_log = false;
  int reps = 0;
  std::string side;
  double scale = 1.0;
  std::string ready;
};

void add_color_option(CLI::App& app, Arguments& args)
{
  app.add_option("--color", args.color, "Use color: auto, always or never")
    ->check(CLI::IsMember({"auto", "always", "never"}))
    ->default_str("auto")
    ->option_text("WHEN");
}

void add_plan_options(CLI::App& app, Arguments& args)
{
  app.add_option("--reps", args.reps, "Do N reps of every exercise that has timed steps")
    ->option_text("N");
  app.add_option("--side", args.side, "Only this side: left, right (or the routine's own labels) or both")
    ->option_text("SIDE");
  app.add_option("--scale", args.scale, "Multiply every hold, relax and rest by FACTOR (0.5: quick)")
    ->option_text("FACTOR");
  app.add_option("--ready", args.ready, "Lead-in before each exercise and side, in seconds (0: none)")
    ->option_text("SECONDS");
}

void add_run_options(CLI::App& app, Arguments& args)
{
  add_plan_options(app, args);
  app.add_flag("--dry-run", args.run.dry_run, "Print the timeline and exit without waiting");
  app.add_flag("--plain", args.run.plain, "One line per event, no redrawing (also when not on a terminal)");
  app.add_flag("--big", args.run.big, "Show the seconds left in large digits");
  app.add_flag("--no-bell", args.no_bell, "Do not ring the terminal bell");
  app.add_flag("--voice", args.run.voice, "Speak each cue (espeak-ng, espeak, spd-say or say)");
  app.add_flag("--no-log", args.no_log, "Do not add this session to the history log");
  add_color_option(app, args);
}

// The plan options given on the command line; throws UsageError for malformed values.
plan::PlanOptions plan_options(const Arguments& args, const CLI::App& app)
{
  plan::PlanOptions options;
  if (app.count("--reps") > 0) {
    options.reps = args.reps;
  }
  if (!args.side.empty() && args.side != "both") {
    options.side = args.side;
  }
  options.scale = args.scale;
  if (app.count("--ready") > 0) {
    const auto ready = routine::parse_duration(args.ready);
    if (!ready) {
      throw UsageError("--ready: " + ready.error());
    }
    options.ready = *ready;
  }
  return options;
}

std::string examples()
{
  return R"(Keys while running:
  space or p   pause and resume        n or right   next step
  b or left    start the step again    q or Esc     stop, with a summary
  Enter        done (manual steps)     y or n       answer a question
  ?            show the keys

Examples:
  stretch calf                  talk me through the calf holds
  stretch midrun --scale 0.5    the quick mid-run version
  stretch calf --side right     only the right leg
  stretch daily --voice --big   read aloud, big digits for the floor
  stretch list                  every routine, with its time
  stretch show big-toe          the plan, step by step
  stretch show calf --source    the routine file, to copy and change
  stretch check my.stretch      check a routine file you wrote
  stretch new hamstring --from calf && stretch edit hamstring
                                your own routine, from a copy
  stretch history               the streak, a calendar, the last sessions

Routine files are described in stretch-routine(5).)";
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

// CLI11's help, with a usage line that says how `stretch` is really called.
class Formatter : public CLI::Formatter
{
public:
  std::string make_usage(const CLI::App* app, std::string name) const override
  {
    if (app->get_parent() != nullptr) {
      return CLI::Formatter::make_usage(app, std::move(name));
    }
    return "Usage: stretch [OPTIONS] ROUTINE      run a routine\n"
           "       stretch COMMAND [OPTIONS] ...  list, show, check, write or edit routines; history\n\n";
  }
};

int report(std::string_view message, int status)
{
  util::FdSink(STDERR_FILENO).write(util::terminal_safe(fmt::format("stretch: error: {}", message)) + '\n');
  return status;
}

} // namespace

int run(int argc, const char* const* argv)
{
  Arguments args;
  CLI::App app{"stretch: a guided stretch timer for the terminal.", "stretch"};
  app.formatter(std::make_shared<Formatter>());
  app.set_version_flag("--version", "stretch " STRETCH_VERSION);
  app.require_subcommand(0, 1);
  app.add_option("ROUTINE", args.run.routine, "The routine to run: a name or a routine file")->type_name("");
  add_run_options(app, args);

  CLI::App* run = app.add_subcommand("run", "Run a routine (as `stretch ROUTINE`, for names like `list`)");
  run->add_option("ROUTINE", args.run.routine, "A routine name or a routine file")->required()->type_name("");
  add_run_options(*run, args);

  CLI::App* list = app.add_subcommand("list", "List every routine with its title, total time and origin");
  list->add_flag("--names", args.list.names_only, "Print bare names, one per line");
  add_color_option(*list, args);

  CLI::App* show = app.add_subcommand("show", "Print the plan of a routine: every step, its start and time");
  show->add_option("ROUTINE", args.show.routine, "A routine name or a routine file")->required()->type_name("");
  show->add_flag("--source", args.show.source, "Print the routine's file text instead");
  add_plan_options(*show, args);
  add_color_option(*show, args);

  CLI::App* check = app.add_subcommand("check", "Check routine files and report every problem");
  check->add_option("FILE", args.check.files, "Routine files (or names) to check")->required()->type_name("");
  add_color_option(*check, args);

  CLI::App* create = app.add_subcommand("new", "Write a new routine of your own, from a starter or a copy, and print its path");
  create->add_option("NAME", args.new_routine.name, "The new routine's name")->required()->type_name("");
  create->add_option("--from", args.from, "Start from a copy of this routine")->option_text("ROUTINE");
  create->add_flag("--force", args.new_routine.force, "Replace a routine of yours that has this name");

  CLI::App* edit = app.add_subcommand("edit", "Open a routine of yours in $VISUAL or $EDITOR, then check it");
  edit->add_option("NAME", args.edit.name, "The routine to edit (a built-in one is copied first)")->required()->type_name("");

  CLI::App* path = app.add_subcommand("path", "Print where your routines, the history log and the built-ins are");
  path->add_option("WHICH", args.path_which, "Print only this path: routines, history or builtins")
    ->check(CLI::IsMember({"routines", "history", "builtins"}))
    ->type_name("");

  CLI::App* history = app.add_subcommand("history", "Show the last sessions, the daily streak and a calendar");
  history->add_option("--last", args.history.last, "How many sessions to list (default 10)")->option_text("N");
  history->add_flag("--tsv", args.history.tsv, "Print the log's lines, tab-separated, for spreadsheets");
  history->add_option("--since", args.since, "Only sessions from this day on")->option_text("YYYY-MM-DD");
  add_color_option(*history, args);

  // Set last: subcommands copy the footer of their parent when they are made.
  app.footer(examples());
  list->footer("Example: stretch list --names");
  show->footer("Examples: stretch show calf --side left\n          stretch show calf --source > my-calf.stretch");
  check->footer("Example: stretch check ~/.config/stretch/routines/*.stretch");
  run->footer("Example: stretch run calf --scale 0.5 (the same as stretch calf --scale 0.5)");
  create->footer("Examples: stretch new hamstring\n          stretch new my-calf --from calf");
  edit->footer("Example: VISUAL=nano stretch edit my-calf");
  path->footer("Example: cd \"$(stretch path routines)\"");
  history->footer("Examples: stretch history --last 20\n          stretch history --tsv --since 2026-01-01 > stretching.tsv");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    if (error.get_exit_code() == 0) {
      return app.exit(error); // --help and --version
    }
    report(error.what(), k_exit_usage);
    util::FdSink(STDERR_FILENO).write("Run `stretch --help` for the usage.\n");
    return k_exit_usage;
  }

  // Options for running a routine, given before another command, would be ignored.
  if (!app.get_subcommands().empty() && !run->parsed()) {
    for (const char* option : {"--reps", "--side", "--scale", "--ready", "--dry-run", "--plain", "--big",
                               "--no-bell", "--voice", "--no-log"}) {
      if (app.count(option) > 0) {
        return report(fmt::format("{} goes with running a routine, not with `{}`", option,
                                  app.get_subcommands().front()->get_name()),
                      k_exit_usage);
      }
    }
  }

  try {
    util::FdSink out(STDOUT_FILENO);
    util::FdSink err(STDERR_FILENO);
    const util::EnvLookup env = util::process_environment();
    const library::Library library(library::builtin_routines(), library::user_routine_dir(env));
    const bool out_is_terminal = ::isatty(STDOUT_FILENO) == 1;
    const auto mode = render::parse_color_mode(args.color).value_or(render::ColorMode::automatic);
    const bool color = render::use_color(mode, env, out_is_terminal);
    const commands::Context ctx{out,
                                err,
                                library,
                                color ? render::Palette::colored() : render::Palette::plain(),
                                out_is_terminal,
                                env,
                                color};
    if (list->parsed()) {
      return commands::list_command(ctx, args.list);
    }
    if (show->parsed()) {
      args.show.plan = plan_options(args, *show);
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
    if (edit->parsed()) {
      return commands::edit_command(ctx, args.edit, commands::process_edit_io());
    }
    if (path->parsed()) {
      commands::PathOptions options;
      if (!args.path_which.empty()) {
        options.which = args.path_which;
      }
      options.builtins_dir = library::installed_routine_dir(argc > 0 ? argv[0] : "stretch", env);
      return commands::path_command(ctx, options);
    }
    if (history->parsed()) {
      if (history->count("--since") > 0) {
        args.history.since = args.since;
      }
      return commands::history_command(ctx, args.history,
                                       std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()));
    }
    if (args.run.routine.empty()) {
      out.write(short_usage(library));
      return 0;
    }
    args.run.plan = plan_options(args, run->parsed() ? *run : app);
    args.run.bell = !args.no_bell;
    args.run.log = !args.no_log;
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
