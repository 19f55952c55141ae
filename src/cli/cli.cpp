// SPDX-License-Identifier: MIT
// The command line: the rows of the command and option tables, parsed with CLI11, and the
// command called. The command line is routed first, so that CLI11 builds only the options
// of the command asked for. This is the only file that includes CLI11, which is slow to
// compile.
#include "cli/cli.h"

#include "cli/arguments.h"
#include "cli/command_table.h"
#include "cli/help_text.h"
#include "cli/option_values.h"
#include "cli/options.h"
#include "cli/settings_file.h"
#include "cli/usage_errors.h"
#include "commands/run.h"
#include "error.h"
#include "i18n/format.h"
#include "library/builtins.h"
#include "library/paths.h"
#include "term/display.h"
#include "util/edit_distance.h"
#include "util/fd.h"
#include "util/file.h"
#include "util/locale.h"
#include "util/messages.h"
#include "util/strings.h"
#include "util/terminal_text.h"
#include "util/wrap.h"
#include "util/xdg.h"

#include "cli/without_iostream.h" // before CLI11

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <fmt/format.h>
#include <sstream>
#include <unistd.h>

#ifndef STRETCH_VERSION
#define STRETCH_VERSION "unknown"
#endif

namespace stretch::cli {
namespace {

constexpr int k_exit_usage = 2;

// Where a command line goes, read before CLI11 is built: the commands it names (`remind
// remove`; none for the top level, which runs a routine), and what else it asks for.
struct Route
{
  std::vector<const Command*> path;
  bool options_before = false; // an option of a command's given before its name
  bool help = false;           // --help or -h
  bool version = false;        // --version
  std::string settings;        // the settings file: the last `--config FILE`, else the default

  const Command& command() const { return path.empty() ? top_command() : *path.back(); }
};

Route route_of(int argc, const char* const* argv, const util::EnvLookup& env)
{
  Route route;
  const auto folder = util::config_dir(env);
  route.settings = folder ? (*folder / "config").string() : "";
  bool routine = false; // a routine was named: no command comes after it
  for (int i = 1; i < argc; ++i) {
    const std::string_view word = argv[i];
    if (word == "--") {
      break;
    }
    if (word == "--version") {
      route.version = true;
    } else if (word == "--help" || word == "-h") {
      route.help = true;
    } else if (word.starts_with("--")) {
      const std::string_view name = word.substr(0, word.find('='));
      const bool inline_value = name.size() < word.size();
      if (name == "--config") {
        route.settings = inline_value ? std::string(word.substr(name.size() + 1)) : i + 1 < argc ? argv[i + 1] : "";
      } else if (route.path.empty()) {
        route.options_before = true;
      }
      const OptionRow* row = find_option(name);
      if (row != nullptr && !row->flag() && !inline_value) {
        ++i; // its value
      }
    } else if (word.starts_with("-") && word.size() > 1) {
      continue; // a short option: CLI11 says what it makes of it
    } else if (!routine) {
      // A command, or one of the command's own; anything else is an argument, after
      // which no command comes.
      const std::span<const Command> choices = route.path.empty() ? command_rows() : route.path.back()->subcommands;
      const Command* command = word.find(' ') == std::string_view::npos ? find_command(word, choices) : nullptr;
      if (command != nullptr) {
        route.path.push_back(command);
      } else {
        routine = true;
      }
    }
  }
  return route;
}

// What CLI11 fills as it parses: a slot for every option and positional built, by name.
struct Slots
{
  std::map<std::string_view, std::vector<std::string>> values;
  std::map<std::string_view, bool> flags;
  std::map<std::string, std::vector<std::string>> many; // positionals of one or more
  std::map<std::string, std::string> single;            // positionals of one: extras are an error
  std::vector<std::pair<const OptionRow*, const CLI::Option*>> built; // to learn what was given
  std::vector<std::pair<std::string, const CLI::Option*>> positionals;
  bool version = false;
};

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
    return command != nullptr && !command->usage.empty() ? std::string(i18n::tr(command->usage.data()))
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

// Adds the options of the commands `bit` names to `app`, each bound to its slot.
void add_options(CLI::App& app, unsigned bit, Slots& slots)
{
  for (const OptionRow& row : option_rows()) {
    if ((row.commands & bit) == 0) {
      continue;
    }
    CLI::Option* option = nullptr;
    if (row.flag()) {
      const std::string names = row.negation.empty() ? std::string(row.name) : fmt::format("{},!{}", row.name, row.negation);
      option = app.add_flag(names, slots.flags[row.name], std::string(i18n::tr(row.help.data())));
    } else {
      // Every occurrence is kept, so that one given twice can be said to be.
      const std::string names = row.short_name.empty() ? std::string(row.name) : fmt::format("{},{}", row.short_name, row.name);
      option = app.add_option(names, slots.values[row.name], std::string(i18n::tr(row.help.data())))
                 ->expected(1)
                 ->allow_extra_args(false) // `--reps 2 calf`: calf is the routine, not a second value
                 ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
                 ->option_text(std::string(row.value_name));
    }
    slots.built.emplace_back(&row, option);
  }
}

// Adds the positional arguments of `command` to `app`, each bound to its slot.
void add_positionals(CLI::App& app, const Command& command, Slots& slots)
{
  for (const Positional& positional : command.positionals) {
    const std::string name(positional.name);
    const std::string help = i18n::tr(positional.help.data());
    CLI::Option* option = positional.many ? app.add_option(name, slots.many[name], help)
                                          : app.add_option(name, slots.single[name], help);
    option->type_name("");
    slots.positionals.emplace_back(name, option);
    if (positional.required) {
      option->required();
    }
  }
}

// Adds `command` (with its positionals, options and examples) to `parent`; with `whole`
// false, only its name and summary, for the list of commands in --help.
CLI::App& add_command(CLI::App& parent, const Command& command, Slots& slots, std::size_t width, bool whole)
{
  CLI::App& app = *parent.add_subcommand(std::string(command.name), i18n::tr(command.summary.data()));
  if (!whole) {
    return app;
  }
  add_positionals(app, command, slots);
  add_options(app, command.bit, slots);
  for (const Command& nested : command.subcommands) {
    add_command(app, nested, slots, width, true).footer(examples_footer(nested.examples, width));
  }
  if (!command.subcommands.empty()) {
    app.require_subcommand(0, 1);
  }
  return app;
}

// The command line as `route` needs it: the top level, and the command it names alone
// (every command, without its options, when the top level's --help lists them).
void build(CLI::App& app, const Route& route, Slots& slots, std::string& config)
{
  const std::size_t width = route.help ? help_width(util::process_environment()) : k_max_help_width;
  auto formatter = std::make_shared<Formatter>(width);
  formatter->label("Positionals", i18n::tr("Positionals"));
  // TRANSLATORS: before a command's syntax, as in `Usage: stretch history [OPTIONS]`.
  formatter->label("Usage", i18n::tr("Usage"));
  app.formatter(formatter);
  // CLI11's own words, in the user's language: subcommands inherit them.
  app.option_defaults()->group(i18n::tr("Options"));
  app.group(i18n::tr("Subcommands"));
  app.set_help_flag("-h,--help", i18n::tr("Print this help message and exit"));
  const OptionRow& config_row = *find_option("--config");
  app.add_option(std::string(config_row.name), config, std::string(i18n::tr(config_row.help.data())))->option_text("FILE");
  app.add_flag("--version", slots.version, i18n::tr("Display program version information and exit")); // answered before CLI11
  if (route.path.empty()) {
    add_positionals(app, top_command(), slots); // `stretch ROUTINE`
  }
  if (route.path.empty() || route.options_before) {
    // `stretch ROUTINE [OPTIONS]`, and `stretch --reps 2 show calf`: the running options.
    add_options(app, k_running, slots);
  }
  if (route.path.empty() && route.help) {
    for (const Command& command : command_rows()) {
      add_command(app, command, slots, width, false);
    }
    app.footer(top_footer(width));
  } else if (!route.path.empty()) {
    add_command(app, *route.path.front(), slots, width, true).footer(examples_footer(route.path.front()->examples, width));
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
  std::vector<std::string> names;
  const unsigned bit = [&] {
    const Command* command = find_command(failing_command(top));
    return command != nullptr ? command->bit : top_command().bit;
  }();
  for (const OptionRow& row : option_rows()) {
    if ((row.commands & (bit | k_cmd_top)) != 0) {
      names.emplace_back(row.name);
      if (!row.negation.empty()) {
        names.emplace_back(row.negation);
      }
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
      if (word.starts_with("-") && word.size() > 1) {
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
    // "Could not convert: --names = bogus"
    const std::size_t start = what.find("--");
    const std::size_t equals = what.find(" = ");
    return {ParseFailure::value_for_flag,
            start == std::string::npos ? i18n::tr("this option") : what.substr(start, what.find(' ', start) - start),
            equals == std::string::npos ? "" : what.substr(equals + 3)};
  }
  return {ParseFailure::other, ""};
}

int report(std::string_view message, int status)
{
  util::FdSink(STDERR_FILENO).write(util::error_line(message));
  return status;
}

// Ends the program for output that could not be written: quietly, as by SIGPIPE, for a
// reader gone; else with the reason and status 1.
int output_failed(const util::FdSink& out)
{
  if (out.error() == EPIPE) {
    std::signal(SIGPIPE, SIG_DFL);
    std::raise(SIGPIPE);
  }
  return report(i18n::trf("cannot write the output: {reason}", fmt::arg("reason", std::strerror(out.error()))), 1);
}

// Parses the command line; nullopt when a command is to run, else the exit status: 0
// after --help, 2 after a mistake, reported in stretch's own words.
std::optional<int> parse(CLI::App& app, int argc, const char* const* argv)
{
  try {
    app.parse(argc, argv);
    return std::nullopt;
  } catch (const CLI::ParseError& error) {
    if (error.get_exit_code() == 0) {
      // --help, printed here: CLI11 would print to std::cout (see without_iostream.h). The
      // top level's help is the help of the command asked for.
      util::FdSink out(STDOUT_FILENO);
      out.write(app.help());
      return out.error() != 0 ? output_failed(out) : 0;
    }
    const ParseProblem problem = problem_of(error);
    const std::string command = failing_command(app);
    const Command* row = command.empty() ? &top_command() : find_command(command);
    const std::string suggestion = problem.failure == ParseFailure::unknown_option
                                     ? util::did_you_mean(problem.subject, options_of_failing(app))
                                     : std::string();
    report(phrase_problem(problem, command, row != nullptr && !row->needs.empty() ? i18n::tr(row->needs.data()) : "")
             + suggestion,
           k_exit_usage);
    util::FdSink(STDERR_FILENO)
      .write(i18n::trf("Run `{command} --help` for the usage.", fmt::arg("command", command.empty() ? "stretch" : "stretch " + command)) + '\n');
    return k_exit_usage;
  }
}

// The options and positionals given, from their slots; an option given twice, or given
// before a command that does not take it, is a usage error.
Arguments arguments_of(const Slots& slots, const Route& route)
{
  Arguments args;
  const unsigned bit = route.command().bit;
  for (const auto& [row, option] : slots.built) {
    if (option->count() == 0) {
      continue;
    }
    if ((row->commands & bit) == 0) {
      throw UsageError((row->commands & k_cmd_show) != 0
                         ? i18n::trf("{option} goes with running or showing a routine, not with `{command}`",
                                     fmt::arg("option", row->name), fmt::arg("command", route.command().name))
                         : i18n::trf("{option} goes with running a routine, not with `{command}`",
                                     fmt::arg("option", row->name), fmt::arg("command", route.command().name)));
    }
    if (row->flag()) {
      args.give(row->name, slots.flags.at(row->name) ? "true" : "false");
      continue;
    }
    const std::vector<std::string>& values = slots.values.at(row->name);
    if (args.has(row->name) || values.size() > 1) {
      throw UsageError(i18n::trf("{option} is given more than once: give it once", fmt::arg("option", row->name)));
    }
    args.give(row->name, values.front());
  }
  for (const auto& [name, option] : slots.positionals) {
    if (option->count() > 0) {
      const auto many = slots.many.find(name);
      args.positionals.emplace(name, many != slots.many.end() ? many->second
                                                              : std::vector<std::string>{slots.single.at(name)});
    }
  }
  return args;
}

// The options and positionals of a command line as plain as most are (known long options
// of the command asked for, each once, values after them, the arguments it takes), read
// straight from the tables, so that CLI11 is built only for --help and for a command line
// with anything more to it or anything wrong: nullopt then, and CLI11 reads it, with its
// messages. A command line read here is one CLI11 reads the same way.
// Gives `words` to the arguments of `command`, in order: one each, and the rest to one that
// takes many. False when one it needs is missing or a word is left over.
bool place_positionals(const Command& command, const std::vector<std::string>& words, Arguments& args)
{
  std::size_t next = 0;
  for (const Positional& positional : command.positionals) {
    if (next == words.size()) {
      return !positional.required;
    }
    const std::size_t take = positional.many ? words.size() - next : 1;
    args.positionals.emplace(std::string(positional.name),
                             std::vector<std::string>(words.begin() + static_cast<std::ptrdiff_t>(next),
                                                      words.begin() + static_cast<std::ptrdiff_t>(next + take)));
    next += take;
  }
  return next == words.size();
}

std::optional<Arguments> quick_parse(const Route& route, int argc, const char* const* argv)
{
  if (route.help || route.options_before) {
    return std::nullopt;
  }
  const Command& command = route.command();
  Arguments args;
  std::vector<std::string> positionals;
  std::size_t words_of_path = 0;
  for (int i = 1; i < argc; ++i) {
    const std::string_view word = argv[i];
    if (words_of_path < route.path.size() && word == route.path[words_of_path]->name) {
      ++words_of_path;
      continue;
    }
    if (!word.starts_with("-") || word == "-") {
      positionals.emplace_back(word);
      continue;
    }
    if (!word.starts_with("--") || word == "--") {
      return std::nullopt; // a short option, or the end of options: CLI11's to read
    }
    const std::string_view name = word.substr(0, word.find('='));
    const bool inline_value = name.size() < word.size();
    const OptionRow* row = find_option(name, command.bit | k_cmd_top);
    const bool top = row != nullptr && (row->commands & k_cmd_top) != 0;
    if (row == nullptr || ((row->commands & command.bit) == 0 && !top) || args.has(row->name)) {
      return std::nullopt;
    }
    if (row->flag()) {
      if (inline_value) {
        return std::nullopt; // `--voice=false`: as CLI11 takes it
      }
      args.give(row->name, name == row->name ? "true" : "false");
      continue;
    }
    std::string value;
    if (inline_value) {
      value = word.substr(name.size() + 1);
    } else if (i + 1 < argc && !std::string_view(argv[i + 1]).starts_with("-")) {
      value = argv[++i];
    } else {
      return std::nullopt; // a missing value, or one that looks like an option
    }
    if (!top) {
      args.give(row->name, std::move(value));
    }
  }
  if (!command.subcommands.empty() || !place_positionals(command, positionals, args)) {
    return std::nullopt; // `remind`, whose own commands CLI11 tells apart; a word missing or too many
  }
  return args;
}

// True when the command line names a settings file with --config.
bool given_config(int argc, const char* const* argv)
{
  for (int i = 1; i < argc && std::string_view(argv[i]) != "--"; ++i) {
    const std::string_view word = argv[i];
    if (word == "--config" || word.starts_with("--config=")) {
      return true;
    }
  }
  return false;
}

// Reads the settings file at `path` (none for ""; `explicit_path`: named by --config, so it
// must be there) into `args`, for the options the command `bit` takes. Every line is
// checked, whatever the command: throws `SettingsError`.
void read_settings_into(Arguments& args, const std::string& path, bool explicit_path, unsigned bit)
{
  if (path.empty()) {
    return;
  }
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    if (explicit_path) {
      throw UsageError(i18n::trf("--config {file}: no such file", fmt::arg("file", util::terminal_safe(path))));
    }
    return;
  }
  if (!std::filesystem::is_regular_file(path, ec)) {
    throw SettingsError(util::terminal_safe(i18n::trf("{file}: error: not a regular file", fmt::arg("file", path))));
  }
  const util::Fd file(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (file.get() < 0) {
    // Not ignored: it would leave the user wondering why their settings do nothing.
    throw SettingsError(util::terminal_safe(
      i18n::trf("{file}: error: cannot read it: {reason}", fmt::arg("file", path), fmt::arg("reason", std::strerror(errno)))));
  }
  const auto text = util::read_all(file.get(), k_max_settings_size + 1);
  if (!text) {
    throw SettingsError(util::terminal_safe(fmt::format("{}: error: {}", path, text.error())));
  }
  for (Setting& setting : read_settings(*text, path)) {
    const OptionRow& row = *find_setting(setting.key);
    if ((row.commands & bit) != 0) {
      args.settle(row.name, std::move(setting.value));
    }
  }
}


// Runs the command `route` names, with a context made for it; every error becomes its
// message and exit status.
int dispatch(const Route& route, Arguments& args, bool utf8, std::string_view argv0)
{
  util::FdSink out(STDOUT_FILENO);
  util::FdSink err(STDERR_FILENO);
  int status = 0;
  try {
    const util::EnvLookup env = util::process_environment();
    const library::Library library(library::builtin_routines(), library::routine_folders(env));
    if (route.path.empty() && args.positionals.count("ROUTINE") == 0) {
      // `stretch` alone: how it goes, as a usage error.
      err.write(util::error_line(i18n::tr("`stretch` needs a routine or a command")));
      err.write(full_usage(library, help_width(env)) + '\n');
      return k_exit_usage;
    }
    const term::Display display =
      term::detect_display(STDOUT_FILENO, color_mode_of(args.value("--color").value_or("auto")), env, utf8);
    const commands::Context ctx{out, err, library, env, display, theme_of(args.value("--theme").value_or("auto"), env),
                                commands::ask_terminal_theme};
    const Invocation invocation{ctx, args, argv0, route.settings, route.path.empty()};
    status = route.command().run(invocation);
  } catch (const UsageError& error) {
    return report(error.what(), k_exit_usage);
  } catch (const Error& error) {
    status = report(error.what(), 1);
  } catch (const std::exception& error) {
    status = report(i18n::trf("unexpected failure: {reason}", fmt::arg("reason", error.what())), 1);
  }
  return out.error() != 0 ? output_failed(out) : status;
}

} // namespace

int run(int argc, const char* const* argv)
{
  const util::EnvLookup env = util::process_environment();
  const Route route = route_of(argc, argv, env);
  if (route.version && !route.help) {
    util::FdSink out(STDOUT_FILENO);
    out.write("stretch " STRETCH_VERSION "\n");
    return out.error() != 0 ? output_failed(out) : 0;
  }
  // The user's language, for everything said from here on; the catalogs are looked for only
  // when the user reads another language than English.
  i18n::init(env, [&] { return library::installed_locale_dir(argc > 0 ? argv[0] : "stretch", env).string(); });
  // Whether the terminal takes UTF-8, told by the environment; the locale itself is loaded
  // only if a width needs the C library (util::ensure_width_locale).
  const bool utf8 = util::utf8_environment(env("LC_ALL"), env("LC_CTYPE"), env("LANG"));
  try {
    std::optional<Arguments> args = quick_parse(route, argc, argv);
    if (!args) {
      // CLI11, only now: building it costs more than most commands do.
      CLI::App app{i18n::tr("stretch: a guided stretch timer for the terminal."), "stretch"};
      Slots slots;
      std::string config;
      build(app, route, slots, config);
      if (const auto status = parse(app, argc, argv)) {
        return *status;
      }
      args = arguments_of(slots, route);
    }
    const bool explicit_config = given_config(argc, argv);
    read_settings_into(*args, route.settings, explicit_config, route.command().bit);
    return dispatch(route, *args, utf8, argc > 0 ? argv[0] : "stretch");
  } catch (const SettingsError& error) {
    util::FdSink(STDERR_FILENO).write(std::string(error.what()) + '\n');
    return k_exit_usage;
  } catch (const UsageError& error) {
    return report(error.what(), k_exit_usage);
  }
}

} // namespace stretch::cli
