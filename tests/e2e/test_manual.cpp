// SPDX-License-Identifier: MIT
// The manual must keep up with the program: every option the program takes and every
// environment variable it reads must be in man/stretch.1.
#include "e2e/cli_fixture.h"
#include "support/read_text.h"
#include "support/scan.h"

#include <doctest/doctest.h>
#include <set>

using namespace stretch::test;

namespace {

// The manual's text with roff's backslashes gone: `.Fl \-\-no\-log` reads `.Fl --no-log`.
std::string manual()
{
  std::string text = read_text(source_dir() / "man/stretch.1");
  std::erase(text, '\\');
  return text;
}

// The options named in a help text: `--name` at the start of a line or after a blank or comma.
std::set<std::string> options_in(const std::string& text)
{
  std::set<std::string> found;
  for (const std::string_view before : {" --", ",--", "\n--"}) {
    for (const std::string& name : words_after(text, before, k_option)) {
      if (name.front() != '-') {
        found.insert("--" + name);
      }
    }
  }
  return found;
}

// The commands `--help` lists under `Subcommands:`, with the commands of each in turn.
std::vector<std::vector<std::string>> commands_in(CliFixture& f, const std::vector<std::string>& parent = {})
{
  std::vector<std::string> args = parent;
  args.push_back("--help");
  const std::string help = f.run(args).out;
  std::vector<std::vector<std::string>> commands;
  const std::size_t start = help.find("\nSubcommands:\n");
  if (start == std::string::npos) {
    return commands;
  }
  for (std::size_t at = start + 14; at < help.size() && help.compare(at, 2, "  ") == 0; at = help.find('\n', at) + 1) {
    if (help[at + 2] == ' ') {
      continue; // a description's next line
    }
    std::vector<std::string> command = parent;
    command.push_back(help.substr(at + 2, help.find(' ', at + 2) - at - 2));
    commands.push_back(command);
    for (auto& nested : commands_in(f, command)) {
      commands.push_back(std::move(nested));
    }
  }
  return commands;
}

} // namespace

TEST_SUITE_BEGIN("e2e/manual");

TEST_CASE("every command and option is in the manual")
{
  CliFixture f;
  const std::string man = manual();
  const auto commands = commands_in(f);
  CHECK(commands.size() >= 12); // with `remind list` and `remind remove`
  std::set<std::string> options = options_in(f.run({"--help"}).out);
  for (const std::vector<std::string>& command : commands) {
    CAPTURE(command);
    CHECK(man.find(".Cm " + command.back()) != std::string::npos);
    std::vector<std::string> args = command;
    args.push_back("--help");
    const auto help = f.run(args);
    CHECK(help.status == 0);
    const auto more = options_in(help.out);
    options.insert(more.begin(), more.end());
  }
  CHECK(options.size() >= 20); // the check below must have something to check
  for (const std::string& name : options) {
    CAPTURE(name);
    // mdoc writes `--name` as `.Fl -name`: Fl adds the first dash.
    CHECK(man.find("Fl " + name.substr(1)) != std::string::npos);
  }
}

TEST_CASE("every environment variable the program reads is in the manual")
{
  const std::string man = manual();
  std::set<std::string> variables;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(source_dir() / "src")) {
    const std::string text = read_text(entry.path());
    const auto read = words_after(text, "env(\"", k_upper, "\")"); // env("X") and getenv("X")
    variables.insert(read.begin(), read.end());
  }
  // Variables read through a loop over names, so not found by the pattern above.
  variables.insert({"VISUAL", "EDITOR", "LC_ALL", "LC_CTYPE", "LANG", "XDG_STATE_HOME", "XDG_CONFIG_HOME"});
  CHECK(variables.count("STRETCH_HISTORY") == 1);
  CHECK(variables.count("NO_COLOR") == 1);
  // Named on an `.Ev` line (or `.It Ev` item) of its own or among others.
  std::set<std::string> documented;
  for (const std::string_view start : {"\n.Ev ", "\n.It Ev "}) {
    for (const std::string& names : words_after(man, start, std::string(k_upper) + " ,")) {
      for (const std::string& word : words_after(" " + names, " ", k_upper)) {
        documented.insert(word);
      }
    }
  }
  for (const std::string& variable : variables) {
    CAPTURE(variable);
    CHECK(documented.count(variable) == 1);
  }
}

TEST_CASE("every exit status the program uses is in the manual")
{
  const std::string man = manual();
  for (const std::string status : {".It 0\n", ".It 1\n", ".It 2\n", ".It 130\n"}) {
    CAPTURE(status);
    CHECK(man.find(status) != std::string::npos);
  }
}

TEST_SUITE_END();
