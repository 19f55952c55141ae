// SPDX-License-Identifier: MIT
#include "cli/cli.h"

#include "cli/command_table.h"
#include "cli/options.h"

#include "support/read_text.h"

#include <cstdio>
#include <doctest/doctest.h>
#include <iostream>
#include <regex>
#include <unistd.h>

using namespace stretch;

namespace {

const std::filesystem::path k_source = STRETCH_SOURCE_DIR;

// What `stretch ARGS` prints on standard output, run in this process (with `--config ''`,
// so that no settings file of the machine's is read).
std::string output_of(std::vector<const char*> argv)
{
  std::cout.flush();
  std::fflush(stdout);
  FILE* file = std::tmpfile();
  const int saved = ::dup(STDOUT_FILENO);
  ::dup2(::fileno(file), STDOUT_FILENO);
  cli::run(static_cast<int>(argv.size()), argv.data());
  std::cout.flush();
  std::fflush(stdout);
  ::dup2(saved, STDOUT_FILENO);
  ::close(saved);
  std::rewind(file);
  std::string text;
  for (int c = std::fgetc(file); c != EOF; c = std::fgetc(file)) {
    text += static_cast<char>(c);
  }
  std::fclose(file);
  return text;
}

// Whether `text` has a line that matches `pattern`.
bool has_line(const std::string& text, const std::string& pattern)
{
  return std::regex_search(text, std::regex("(^|\n)" + pattern + "($|\n)"));
}

} // namespace

TEST_SUITE_BEGIN("cli/cli");

TEST_CASE("every command of the table is in --help, the manual, the README and every completion")
{
  const std::string help = output_of({"stretch", "--config", "", "--help"});
  const std::string man = test::read_text(k_source / "man/stretch.1");
  const std::string readme = test::read_text(k_source / "README.md");
  const std::string bash = test::read_text(k_source / "completions/stretch.bash");
  const std::string zsh = test::read_text(k_source / "completions/_stretch");
  const std::string fish = test::read_text(k_source / "completions/stretch.fish");
  const auto names = cli::command_names();
  REQUIRE(names.size() >= 10);
  for (const std::string_view view : names) {
    const std::string name(view);
    CAPTURE(name);
    CHECK(has_line(help, "  " + name + " +[A-Z].*"));
    // Its own entry in COMMANDS: `.It Cm NAME ...`, or `.It Oo Cm NAME Oc ...` when optional.
    CHECK(has_line(man, "\\.It (Oo )?Cm " + name + "( .*)?"));
    CHECK(readme.find("stretch " + name) != std::string::npos);
    CHECK(has_line(bash, " *local commands=\"([a-z]+ )*" + name + "( [a-z]+)*\""));
    CHECK(has_line(zsh, " *'" + name + ":.*'"));
    CHECK(has_line(fish, "complete -c stretch -n '__stretch_first \"\"' -a '([a-z]+ )*" + name + "( [a-z]+)*' -d command"));
  }
}

namespace {

// How mdoc writes option `name`: `--dry-run` as `Fl \-dry\-run`.
std::string in_mdoc(std::string_view name)
{
  std::string out = "Fl ";
  for (std::size_t i = 1; i < name.size(); ++i) {
    out += name[i] == '-' ? "\\-" : std::string(1, name[i]);
  }
  return out;
}

// The words `stretch` takes for a command taken by `bit`: `list`, `remind list`; "" for
// the top level.
std::vector<std::vector<const char*>> commands_of(unsigned bit)
{
  std::vector<std::vector<const char*>> found;
  if ((bit & cli::k_cmd_run) != 0) {
    found.push_back({});
  }
  for (const cli::Command& command : cli::command_rows()) {
    if ((command.bit & bit) != 0) {
      found.push_back({command.name.data()});
    }
    for (const cli::Command& nested : command.subcommands) {
      if ((nested.bit & bit) != 0) {
        found.push_back({command.name.data(), nested.name.data()});
      }
    }
  }
  return found;
}

} // namespace

TEST_CASE("every option of the table is in the --help of its commands, the manual, the README and every completion")
{
  const std::string man = test::read_text(k_source / "man/stretch.1");
  const std::string readme = test::read_text(k_source / "README.md");
  const std::string bash = test::read_text(k_source / "completions/stretch.bash");
  const std::string zsh = test::read_text(k_source / "completions/_stretch");
  const std::string fish = test::read_text(k_source / "completions/stretch.fish");
  REQUIRE(cli::option_rows().size() >= 25);
  for (const cli::OptionRow& row : cli::option_rows()) {
    const std::string name(row.name);
    CAPTURE(name);
    for (const auto& words : commands_of(row.commands)) {
      std::vector<const char*> argv{"stretch", "--config", ""};
      argv.insert(argv.end(), words.begin(), words.end());
      argv.push_back("--help");
      const std::string help = output_of(argv);
      const std::string command = words.empty() ? "" : words.back();
      CAPTURE(command);
      const std::string shown = row.short_name.empty() ? name : std::string(row.short_name) + "," + name;
      CHECK(help.find("  " + shown) != std::string::npos);
    }
    CHECK(man.find(in_mdoc(row.name)) != std::string::npos);
    CHECK(readme.find("`" + name) != std::string::npos);
    const std::string bare = name.substr(2);
    CHECK(has_line(bash, ".*[ \"]" + name + "[ \"|)].*"));
    CHECK(zsh.find("'" + name + "[") != std::string::npos);
    CHECK(fish.find("-l " + bare + " ") != std::string::npos);
    for (const std::string_view negation : {row.negation}) {
      if (!negation.empty()) {
        CHECK(man.find(in_mdoc(negation)) != std::string::npos);
        CHECK(bash.find(std::string(negation) + " ") != std::string::npos);
        CHECK(zsh.find("'" + std::string(negation) + "[") != std::string::npos);
        CHECK(fish.find("-l " + std::string(negation.substr(2)) + " ") != std::string::npos);
      }
    }
    if (!row.values.empty()) {
      std::string listed;
      for (const std::string_view value : row.values) {
        listed += (listed.empty() ? "" : " ") + std::string(value);
      }
      CHECK(bash.find("compgen -W \"" + listed + "\"") != std::string::npos);
      CHECK(zsh.find("(" + listed + ")") != std::string::npos);
      CHECK(fish.find("-l " + bare + " -x -a '" + listed + "'") != std::string::npos);
    }
    if (!row.setting.empty()) {
      CHECK(man.find(".Ic " + std::string(row.setting)) != std::string::npos); // in SETTINGS
    }
  }
}

TEST_CASE("--help and --version exit 0, a mistake exits 2")
{
  CHECK(output_of({"stretch", "--config", "", "--version"}).starts_with("stretch "));
  const char* mistake[] = {"stretch", "--config", "", "list", "--bogus"};
  const int saved = ::dup(STDERR_FILENO);
  FILE* sink = std::tmpfile();
  ::dup2(::fileno(sink), STDERR_FILENO);
  const int status = cli::run(5, mistake);
  ::dup2(saved, STDERR_FILENO);
  ::close(saved);
  std::fclose(sink);
  CHECK(status == 2);
}

TEST_SUITE_END();
