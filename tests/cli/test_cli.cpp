// SPDX-License-Identifier: MIT
#include "cli/cli.h"

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
