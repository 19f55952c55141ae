// SPDX-License-Identifier: MIT
// Every example the documentation gives works as written: each routine of the manual pages
// and the README passes `stretch check`, and each command line of the manual pages, the
// README and the `--help` texts runs and succeeds, in a home of its own, with --dry-run
// added where it would start a session.
#include "e2e/cli_fixture.h"
#include "support/read_text.h"

#include <doctest/doctest.h>
#include <optional>
#include <regex>
#include <sys/stat.h>

using namespace stretch::test;

namespace {

// A displayed block of a document: its lines, and where it starts, for messages.
struct Block
{
  std::string where;
  std::vector<std::string> lines;
};

std::string replace_all(std::string text, std::string_view from, std::string_view to)
{
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
  return text;
}

// A line of mdoc as it reads on the page.
std::string unescape_mdoc(std::string line)
{
  for (const auto& [from, to] : {std::pair<std::string_view, std::string_view>{"\\(pc", "·"},
                                 {"\\(aq", "'"},
                                 {"\\(dq", "\""},
                                 {"\\-", "-"},
                                 {"\\&", ""},
                                 {"\\e", "\\"}}) {
    line = replace_all(std::move(line), from, to);
  }
  return line;
}

std::vector<std::string> lines_of(const std::string& text)
{
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = text.find('\n', start);
    lines.push_back(text.substr(start, end - start));
    start = end == std::string::npos ? text.size() : end + 1;
  }
  return lines;
}

// The literal displays (`.Bd -literal` ... `.Ed`) and one-line displays (`.Dl`) of a page.
std::vector<Block> manual_blocks(const std::string& page)
{
  std::vector<Block> blocks;
  const std::vector<std::string> lines = lines_of(read_text(source_dir() / "man" / page));
  std::optional<Block> open;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string& line = lines[i];
    const std::string where = page + ":" + std::to_string(i + 1);
    if (line.starts_with(".Bd -literal")) {
      open = Block{where, {}};
    } else if (line == ".Ed" && open) {
      blocks.push_back(std::move(*open));
      open.reset();
    } else if (open) {
      open->lines.push_back(unescape_mdoc(line));
    } else if (line.starts_with(".Dl ")) {
      blocks.push_back({where, {unescape_mdoc(line.substr(4))}});
    }
  }
  return blocks;
}

// The fenced code blocks of README.md.
std::vector<Block> readme_blocks()
{
  std::vector<Block> blocks;
  const std::vector<std::string> lines = lines_of(read_text(source_dir() / "README.md"));
  std::optional<Block> open;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].starts_with("```")) {
      if (open) {
        blocks.push_back(std::move(*open));
        open.reset();
      } else {
        open = Block{"README.md:" + std::to_string(i + 1), {}};
      }
    } else if (open) {
      open->lines.push_back(lines[i]);
    }
  }
  return blocks;
}

// The examples that end a --help text: a block of the command lines after `Examples:`.
Block help_examples(CliFixture& f, const std::vector<std::string>& command)
{
  std::vector<std::string> args = command;
  args.push_back("--help");
  const std::string help = f.run(args).out;
  Block block{"stretch " + (command.empty() ? std::string() : command.front() + " ") + "--help", {}};
  bool in_examples = false;
  for (const std::string& line : lines_of(help)) {
    if (line == "Examples:") {
      in_examples = true;
    } else if (in_examples && line.empty()) {
      break;
    } else if (in_examples && line.find_first_not_of(' ') < 10) {
      // The command, up to the blanks before what it does.
      const std::string text = line.substr(2);
      block.lines.push_back("$ " + text.substr(0, text.find("  ")));
    }
  }
  return block;
}

// The first line that is not blank or a comment, without its indent.
std::string first_line(const Block& block)
{
  for (const std::string& line : block.lines) {
    const std::size_t start = line.find_first_not_of(' ');
    if (start != std::string::npos && line[start] != '#') {
      return line.substr(start);
    }
  }
  return "";
}

std::string first_word(const Block& block)
{
  const std::string line = first_line(block);
  return line.substr(0, line.find(' '));
}

// A settings file, `key = value` a line.
bool is_settings_block(const Block& block)
{
  return std::regex_search(first_line(block), std::regex(R"(^[a-z]+ = )"));
}

// What the program printed: messages (`FILE:LINE: ...`) or a session's lines (`00:15 ...`).
bool is_output_block(const Block& block)
{
  return !block.lines.empty() && std::regex_search(block.lines.front(), std::regex(R"(^(\S+:\d+:|\d\d:\d\d ))"));
}

bool is_command_block(const Block& block)
{
  return !block.lines.empty() && block.lines.front().starts_with("$ ");
}

bool is_routine_block(const Block& block)
{
  const std::string word = first_word(block);
  return word == "title" || word == "exercise" || word == "include" || word == "description" || word == "episode"
         || word == "alias" || word == "tip";
}

// A home where every example has what it needs: routine files to check and import, a
// routine of the user's, a reminder to remove, and the programs examples call (curl, an
// editor, notify-send, crontab) as fakes; `stretch` in PATH adds --dry-run to what would
// start a session.
struct ExampleHome
{
  CliFixture f;

  ExampleHome()
  {
    for (const char* tool : {"sh", "mkdir", "cat"}) {
      f.sandbox.link(tool);
    }
    const std::string routine = "title Example\nexercise Calf\n  setup Stand at a wall.\n  contract 10s Press.\n";
    f.home.write("my.stretch", routine);
    f.home.write("Downloads/physio.stretch", routine);
    f.home.write(".config/stretch/routines/my-warmup.stretch", routine);
    program("stretch", "for word in \"$@\"; do\n"
                       "  case $word in list|show|check|history|new|edit|import|remind|path|--help|--version)\n"
                       "    exec '" + stretch_binary() + "' \"$@\" ;;\n"
                       "  esac\n"
                       "done\n"
                       "exec '" + stretch_binary() + "' \"$@\" --dry-run\n");
    program("curl", "printf '" + replace_all(routine, "\n", "\\n") + "'\n");
    program("nano", "exit 0\n");
    program("notify-send", "exit 0\n");
    const std::string table = (f.home.path() / "crontab.txt").string();
    f.home.write("crontab.txt", "");
    program("crontab", "case $1 in -l) exec cat '" + table + "' ;; -) exec cat > '" + table + "' ;; esac\n");
    f.env["VISUAL"] = "true";
    f.env.erase("XDG_RUNTIME_DIR"); // no systemd user instance: reminders go to the crontab
    f.run({"remind", "daily", "07:00"}); // one to list and remove
  }

  void program(const std::string& name, const std::string& body)
  {
    const auto path = f.home.write("bin/" + name, "#!/bin/sh\n" + body);
    ::chmod(path.c_str(), 0755);
  }
};

// Runs the command lines of `block` in order, in a home of their own; each must succeed.
void run_commands(const Block& block)
{
  ExampleHome home;
  for (const std::string& line : block.lines) {
    if (!line.starts_with("$ ")) {
      continue; // what the command printed
    }
    CAPTURE(block.where);
    CAPTURE(line);
    const auto r = run_process({"/bin/sh", "-c", line.substr(2)}, {home.f.env, home.f.home.path()});
    CAPTURE(r.err);
    CHECK(r.status == 0);
  }
}

// Checks the routine of `block`, as a file of its own; it must be clean.
void check_routine(const Block& block)
{
  CliFixture f;
  std::string text;
  for (const std::string& line : block.lines) {
    text += line + '\n';
  }
  const auto file = f.home.write("example.stretch", text);
  CAPTURE(block.where);
  const auto r = f.run({"check", file.string()});
  CAPTURE(r.err);
  CHECK(r.status == 0);
}

} // namespace

TEST_SUITE_BEGIN("e2e/examples");

TEST_CASE("every routine of the manual pages and the README checks clean")
{
  std::size_t routines = 0;
  for (const char* page : {"stretch-routine.5", "stretch.1"}) {
    for (const Block& block : manual_blocks(page)) {
      if (is_command_block(block) || is_output_block(block) || is_settings_block(block)) {
        continue;
      }
      CAPTURE(block.where);
      CHECK(is_routine_block(block)); // every other display is a whole routine
      check_routine(block);
      ++routines;
    }
  }
  for (const Block& block : readme_blocks()) {
    if (is_routine_block(block)) {
      check_routine(block);
      ++routines;
    }
  }
  CHECK(routines >= 5);
}

TEST_CASE("every settings file of the manual and the README is read without a word")
{
  std::vector<Block> blocks = manual_blocks("stretch.1");
  const std::vector<Block> readme = readme_blocks();
  blocks.insert(blocks.end(), readme.begin(), readme.end());
  std::size_t files = 0;
  for (const Block& block : blocks) {
    if (!is_settings_block(block)) {
      continue;
    }
    CliFixture f;
    std::string text;
    for (const std::string& line : block.lines) {
      text += line + '\n';
    }
    CAPTURE(block.where);
    const auto r = f.run({"--config", f.home.write("config", text).string(), "list"});
    CHECK(r.status == 0);
    CHECK(r.err.empty());
    ++files;
  }
  CHECK(files >= 2);
}

TEST_CASE("every command example of the manual pages and the README runs")
{
  std::size_t blocks = 0;
  for (const char* page : {"stretch.1", "stretch-routine.5"}) {
    for (const Block& block : manual_blocks(page)) {
      if (is_command_block(block)) {
        run_commands(block);
        ++blocks;
      }
    }
  }
  for (const Block& block : readme_blocks()) {
    if (is_command_block(block)) {
      run_commands(block);
      ++blocks;
    }
  }
  CHECK(blocks >= 10);
}

TEST_CASE("every example of every --help runs")
{
  CliFixture f;
  std::size_t lines = 0;
  for (const std::vector<std::string>& command :
       std::vector<std::vector<std::string>>{{}, {"run"}, {"hold"}, {"list"}, {"show"}, {"check"}, {"history"}, {"new"},
                                             {"edit"}, {"import"}, {"remind"}, {"remind", "list"}, {"remind", "remove"},
                                             {"path"}}) {
    const Block block = help_examples(f, command);
    CAPTURE(block.where);
    CHECK_FALSE(block.lines.empty()); // every command shows how it is used
    run_commands(block);
    lines += block.lines.size();
  }
  CHECK(lines >= 25);
}

TEST_SUITE_END();
