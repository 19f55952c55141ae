// SPDX-License-Identifier: MIT
// The command line as a user meets it: the real binary, its output and its exit status.
#include "e2e/cli_fixture.h"
#include "support/pty_process.h"
#include "support/read_text.h"

#include <algorithm>
#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>
#include <fstream>
#include <sstream>

using namespace stretch::test;

TEST_SUITE_BEGIN("e2e/cli");

TEST_CASE("stretch --version and --help exit 0")
{
  CliFixture f;
  const auto version = f.run({"--version"});
  CHECK(version.status == 0);
  CHECK(version.out.find("stretch ") == 0);
  const auto help = f.run({"--help"});
  CHECK(help.status == 0);
  CHECK(help.out.find("Usage:") != std::string::npos);
  CHECK(help.out.find("Examples:") != std::string::npos);
  const auto sub_help = f.run({"show", "--help"});
  CHECK(sub_help.status == 0);
  CHECK(sub_help.out.find("--source") != std::string::npos);
}

TEST_CASE("usage errors exit 2 with one clear line")
{
  CliFixture f;
  SUBCASE("an unknown option")
  {
    const auto r = f.run({"list", "--bogus"});
    CHECK(r.status == 2);
    CHECK(r.err.find("stretch: error: ") == 0);
    CHECK(r.out.empty());
  }
  SUBCASE("a missing argument")
  {
    const auto r = f.run({"show"});
    CHECK(r.status == 2);
    CHECK(r.err == "stretch: error: `stretch show` needs a routine, as in `stretch show calf`\n"
                   "Run `stretch show --help` for the usage.\n");
  }
  SUBCASE("every mistake CLI11 finds, in stretch's words, with the --help of the command")
  {
    const std::vector<std::pair<std::vector<std::string>, std::string>> cases{
      {{"list", "--bogus"}, "--bogus is not an option of `stretch list`\nRun `stretch list --help`"},
      {{"-x"}, "-x is not an option of `stretch`\nRun `stretch --help`"},
      {{"calf", "extra"}, "`stretch` runs one routine at a time: `extra` is one too many\nRun `stretch --help`"},
      {{"show", "calf", "extra"}, "`stretch show` takes no more arguments: `extra` is one too many\nRun `stretch show --help`"},
      {{"show", "calf", "--reps"}, "--reps needs a value, as in --reps 3\nRun `stretch show --help`"},
      {{"history", "--since"}, "--since needs a value, as in --since 2026-11-01\nRun `stretch history --help`"},
      {{"calf", "--voice=maybe"}, "--voice takes no value but true or false, not `maybe`: give it alone\nRun `stretch --help`"},
      {{"calf", "--reps", "1", "--reps", "2"}, "--reps is given more than once: give it once\n"},
      {{"nosuch", "list"}, "`stretch` runs one routine at a time: `list` is one too many\n"},
      {{"new"}, "`stretch new` needs a name for the routine, as in `stretch new hamstring`\nRun `stretch new --help`"},
      {{"check"}, "`stretch check` needs routine files or names, as in `stretch check my.stretch`\n"},
      {{"remind", "remove"}, "`stretch remind remove` needs the routine whose reminder to remove, as in `stretch remind "
                             "remove daily`\nRun `stretch remind remove --help`"},
      {{"remind", "list", "extra"}, "`stretch remind list` takes no more arguments: `extra` is one too many\n"},
      {{"remind"}, "`stretch remind` needs a routine and a time, as in `stretch remind daily 07:30`; or `stretch remind "
                   "list`, or `stretch remind remove ROUTINE`\n"},
      {{"path", "a", "b"}, "`stretch path` takes no more arguments: `b` is one too many\n"},
      {{"path", "logs"}, "`stretch path` prints routines, installed, history, config or builtins, not `logs`\n"},
      {{"--config", "/nonexistent/config", "list"}, "--config /nonexistent/config: no such file\n"},
    };
    for (const auto& [arguments, message] : cases) {
      const std::vector<std::string>& args = arguments; // clang 14 captures no structured binding
      CAPTURE(args);
      const auto r = f.run(args);
      CHECK(r.status == 2);
      CHECK(r.err.find("stretch: error: " + message) == 0);
      for (const char* leak : {"required", "expected", "TEXT", "(1x)", "At Most", "The following"}) {
        CHECK(r.err.find(leak) == std::string::npos);
      }
    }
  }
  SUBCASE("no help shows CLI11's placeholders")
  {
    for (const std::vector<std::string>& command :
         std::vector<std::vector<std::string>>{{}, {"run"}, {"list"}, {"show"}, {"check"}, {"history"}, {"new"}, {"edit"},
                                               {"import"}, {"remind"}, {"remind", "list"}, {"remind", "remove"}, {"path"}}) {
      std::vector<std::string> args = command;
      args.push_back("--help");
      CAPTURE(args);
      const auto r = f.run(args);
      CHECK(r.status == 0);
      for (const char* placeholder : {"TEXT", "(1x)", "REQUIRED", "{", "INT", "FLOAT", "[SUBCOMMAND]"}) {
        CAPTURE(placeholder);
        CHECK(r.out.find(placeholder) == std::string::npos);
      }
    }
  }
  SUBCASE("an unknown routine, with a suggestion")
  {
    const auto r = f.run({"show", "clf"});
    CHECK(r.status == 2);
    CHECK(r.err == "stretch: error: no routine named `clf`; did you mean `calf`?\n");
  }
  SUBCASE("an option value the routine cannot take")
  {
    const auto r = f.run({"show", "calf", "--side", "up"});
    CHECK(r.status == 2);
    CHECK(r.err == "stretch: error: --side: routine `calf` has no side `up`; choose left, right or both\n");
    CHECK(f.run({"show", "calf", "--reps", "0"}).status == 2);
    CHECK(f.run({"show", "calf", "--scale", "-1"}).status == 2);
    CHECK(f.run({"show", "calf", "--scale", "abc"}).status == 2);
    CHECK(f.run({"show", "calf", "--ready", "soon"}).status == 2);
    CHECK(f.run({"list", "--color", "maybe"}).status == 2);
  }
  SUBCASE("numbers are decimal, as in routine files")
  {
    const auto ten = f.run({"show", "calf", "--reps", "010", "--side", "left"});
    CHECK(ten.status == 0);
    CHECK(ten.out.find("10/10") != std::string::npos);
    const auto hex = f.run({"show", "calf", "--reps", "0x10"});
    CHECK(hex.status == 2);
    CHECK(hex.err == "stretch: error: --reps needs a whole number from 1 to 100, not `0x10`\n");
    CHECK(f.run({"show", "calf", "--scale", "0x1p-2"}).status == 2);
    CHECK(f.run({"show", "calf", "--scale", "1e-308"}).status == 2);
    CHECK(f.run({"history", "--last", "0x10"}).status == 2);
  }
  SUBCASE("an empty side is no side")
  {
    const auto r = f.run({"show", "calf", "--side", ""});
    CHECK(r.status == 2);
    CHECK(r.err == "stretch: error: --side needs a side, such as left, right or both\n");
  }
  SUBCASE("an unknown name is a usage error for check as for show")
  {
    const auto r = f.run({"check", "mdrun"});
    CHECK(r.status == 2);
    CHECK(r.err == "stretch: error: no routine named `mdrun`; did you mean `midrun`?\n");
  }
  SUBCASE("options for running, given to another command")
  {
    const auto r = f.run({"--reps", "2", "list"});
    CHECK(r.status == 2);
    CHECK(r.err == "stretch: error: --reps goes with running or showing a routine, not with `list`\n");
    CHECK(f.run({"list", "--reps", "2"}).status == 2);
    CHECK(f.run({"--color", "never", "list"}).status == 0);
    const auto big = f.run({"--big", "show", "calf"});
    CHECK(big.status == 2);
    CHECK(big.err == "stretch: error: --big goes with running a routine, not with `show`\n");
  }
  SUBCASE("one rule for numbers: blanks ignored everywhere, the limits as enforced, as a person writes them")
  {
    CHECK(f.run({"show", "calf", "--ready", " 5"}).status == 0);
    CHECK(f.run({"show", "calf", "--scale", " 0.5"}).status == 0);
    CHECK(f.run({"show", "calf", "--reps", "2 "}).status == 0);
    // --ready 3601 and --ready 1h: the same limit, the one enforced.
    for (const char* ready : {"3601", "1h", "11m"}) {
      CAPTURE(ready);
      const auto r = f.run({"show", "calf", "--ready", ready});
      CHECK(r.status == 2);
      CHECK(r.err == "stretch: error: --ready: duration is over the limit of 10:00\n");
    }
    CHECK(f.run({"history", "--last", "0"}).err == "stretch: error: --last needs a whole number from 1 to 10000, not `0`\n");
    CHECK(f.run({"show", "calf", "--scale", "0.0000001"}).err.find("stretch: note: --scale 0.0000001: ") == 0);
  }
  SUBCASE("an empty routine name is a usage error")
  {
    const auto r = f.run({""});
    CHECK(r.status == 2);
    CHECK(r.err == "stretch: error: a routine name cannot be empty; `stretch list` shows them all\n");
    CHECK(f.run({"run", " "}).status == 2);
  }
  SUBCASE("plan options before show belong to show")
  {
    const auto r = f.run({"--reps", "2", "show", "calf"});
    CHECK(r.status == 0);
    CHECK(r.out.find("2/2") != std::string::npos);
    CHECK(r.out.find("/3") == std::string::npos);
  }
}

TEST_CASE("folder names with an ESC or a U+202E: raw through a pipe, for scripts, made safe on a terminal")
{
  CliFixture f;
  const std::string odd = (f.home.path() / "c\x1b[31m\u202Eonfig").string();
  f.env["XDG_CONFIG_HOME"] = odd;
  const auto piped = f.run({"path", "routines"});
  CHECK(piped.out == odd + "/stretch/routines\n");
  PtyProcess pty({stretch_binary(), "path", "routines"}, f.env);
  CHECK(pty.wait_exit() == 0);
  CHECK(pty.output().find('\x1b') == std::string::npos);
  CHECK(pty.output().find("\u202E") == std::string::npos);
  CHECK(pty.output().find("c^[[31m?onfig/stretch/routines") != std::string::npos);
}

TEST_CASE("stretch alone: the whole usage, and status 2")
{
  CliFixture f;
  const auto r = f.run({});
  CHECK(r.status == 2);
  CHECK(r.out.empty());
  CHECK(r.err.starts_with("stretch: error: `stretch` needs a routine or a command\nUsage: stretch [OPTIONS] ROUTINE"));
  for (const char* command : {"import", "remind", "hold"}) {
    CHECK(r.err.find(command) != std::string::npos);
  }
}

TEST_CASE("output that cannot be written: the reason and status 1, or as by SIGPIPE for a reader gone")
{
  CliFixture f;
  if (::access("/dev/full", W_OK) == 0) {
    const auto full = run_process({"/bin/sh", "-c", "\"$0\" list > /dev/full", stretch_binary()}, {f.env});
    CHECK(full.status == 1);
    CHECK(full.err == "stretch: error: cannot write the output: No space left on device\n");
  }
  f.sandbox.link("sh");
  f.sandbox.link("head");
  const auto piped = run_process({"/bin/sh", "-c", "\"$0\" list | head -c1 >/dev/null; echo \"${PIPESTATUS:-}\"",
                                  stretch_binary()},
                                 {f.env});
  CHECK(piped.err.empty()); // quiet, as any program whose reader went away
}

TEST_CASE("a phone's capital finds the routine, and a mistyped command or option gets a did you mean")
{
  CliFixture f;
  const auto capital = f.run({"Midrun", "--dry-run"});
  CHECK(capital.status == 0);
  CHECK(capital.out.starts_with("Mid-run: numb feet"));
  const auto command = f.run({"histroy"});
  CHECK(command.status == 2);
  CHECK(command.err == "stretch: error: no routine named `histroy`; did you mean `history`?\n");
  const auto option = f.run({"calf", "--bigg"});
  CHECK(option.status == 2);
  CHECK(option.err.starts_with("stretch: error: --bigg is not an option of `stretch`; did you mean `--big`?\n"));
  const auto among_extras = f.run({"history", "--lats", "3"});
  CHECK(among_extras.err.starts_with("stretch: error: --lats is not an option of `stretch history`; did you mean "
                                     "`--last`?\n"));
}

TEST_CASE("--help fits the terminal's width, and 80 columns on a wider one")
{
  CliFixture f;
  for (const char* columns : {"200", "80", "52", "40"}) {
    CAPTURE(columns);
    f.env["COLUMNS"] = columns;
    const std::size_t width = std::min<std::size_t>(std::stoul(columns), 80);
    for (const std::vector<std::string>& args : {std::vector<std::string>{"--help"}, {"history", "--help"}, {"new", "--help"}}) {
      const auto help = f.run(args);
      CHECK(help.status == 0);
      std::istringstream lines(help.out);
      for (std::string line; std::getline(lines, line);) {
        CAPTURE(line);
        // Columns, as code points: the help's arrows take one each.
        const auto columns_of = std::count_if(line.begin(), line.end(), [](char c) { return (c & 0xc0) != 0x80; });
        CHECK(static_cast<std::size_t>(columns_of) <= width);
      }
    }
  }
}

TEST_CASE("stretch hold 1s and stretch 1s: a quick hold, run and logged like a routine")
{
  CliFixture f;
  const auto r = f.run({"1s", "--ready", "0", "--plain"});
  CHECK(r.status == 0);
  CHECK(r.out.find("00:00 Hold HOLD 0:01 Hold it, breathing slowly.\n") != std::string::npos);
  CHECK(read_text(f.home.path() / ".local/state/stretch/history.tsv").find("\thold\tdone\t1\t1\t1\t") != std::string::npos);
  const auto both = f.run({"hold", "1:30", "--side", "both", "--reps", "2", "--dry-run"});
  CHECK(both.status == 0);
  CHECK(both.out.find("Hold 1:30 (6:30)\n") == 0);
  CHECK(both.out.find("Hold RIGHT rep 1/2 REST 0:10 Let go, and breathe.") != std::string::npos);
  // A routine of that name wins over the duration.
  f.home.write(".config/stretch/routines/30s.stretch", "title Thirty\nexercise E\n  rest 5s\n");
  CHECK(f.run({"30s", "--dry-run"}).out.find("Thirty") == 0);
  const auto bad = f.run({"hold", "0s"});
  CHECK(bad.status == 2);
  CHECK(bad.err == "stretch: error: a hold of 0:00 is too short: hold at least 1 second\n");
}

TEST_CASE("stretch -: a routine from standard input, checked first")
{
  CliFixture f;
  const auto ok = f.run({"-", "--dry-run"}, {}, "title Piped\nexercise E\n  setup Stand.\n  contract 5s Press.\n");
  CHECK(ok.status == 0);
  CHECK(ok.out.find("Piped (0:10)\n") == 0);
  const auto bad = f.run({"-"}, {}, "title X\nexercize E\n");
  CHECK(bad.status == 1);
  CHECK(bad.err.find("<standard input>:2:1: error: unknown directive `exercize`; did you mean `exercise`?\n") == 0);
  CHECK(f.run({"run", "-"}, {}, "").status == 1);
  CHECK_FALSE(std::filesystem::exists(f.home.path() / ".local/state/stretch/history.tsv"));
}

TEST_CASE("stretch import -: a routine from standard input, checked, then kept under its title")
{
  CliFixture f;
  const std::string text = "title Physio holds\nexercise Calf\n  setup Lean.\n  contract 10s Press.\n";
  const auto kept = f.home.path() / ".config/stretch/routines/physio-holds.stretch";
  const auto ok = f.run({"import", "-"}, {}, text);
  CHECK(ok.status == 0);
  CHECK(ok.out == kept.string() + "\n");
  CHECK(read_text(kept) == text);
  const auto bad = f.run({"import", "-", "--as", "other"}, {}, "title X\nexercize E\n");
  CHECK(bad.status == 1);
  CHECK(bad.err.find("<standard input>:2:1: error: unknown directive `exercize`") == 0);
  CHECK_FALSE(std::filesystem::exists(kept.parent_path() / "other.stretch"));
}

TEST_CASE("stretch list")
{
  CliFixture f;
  const auto r = f.run({"list"});
  CHECK(r.status == 0);
  for (const char* name : {"calf", "big-toe", "ankle", "laces", "midrun", "daily"}) {
    CHECK(r.out.find(std::string("\n") + name + " ") != std::string::npos);
  }
  const auto names = f.run({"list", "--names"});
  CHECK(names.out == "ankle\nbig-toe\ncalf\ndaily\nlaces\nmidrun\n");
}

TEST_CASE("stretch list finds the user's routines through XDG_CONFIG_HOME")
{
  CliFixture f;
  f.home.write("cfg/stretch/routines/mine.stretch", "title Mine\nexercise E\nrest 5s\n");
  f.env["XDG_CONFIG_HOME"] = (f.home.path() / "cfg").string();
  const auto r = f.run({"list", "--names"});
  CHECK(r.out.find("\nmine\n") != std::string::npos);
}

TEST_CASE("routines installed for everyone: XDG_DATA_HOME, then each of XDG_DATA_DIRS, after the user's own")
{
  CliFixture f;
  f.env["XDG_DATA_DIRS"] = (f.home.path() / "opt/club/share").string() + ":" + (f.home.path() / "usr/share").string();
  const auto club = f.home.write("opt/club/share/stretch/routines/warmup.stretch", "title Club warm-up\nexercise Club swing\n  rest 5s\n");
  const auto distro = f.home.write("usr/share/stretch/routines/warmup.stretch", "title Distro warm-up\nexercise E\n  rest 5s\n");
  f.home.write("usr/share/stretch/routines/physio.stretch", "title Physio\nexercise E\n  rest 5s\ninclude warmup\n");
  const auto list = f.run({"list"});
  CHECK(list.status == 0);
  CHECK(list.out.find("Club warm-up") != std::string::npos);
  CHECK(list.out.find("Distro warm-up") == std::string::npos);
  CHECK(list.out.find(club.string() + " (instead of " + distro.string() + ")\n") != std::string::npos);
  CHECK(f.run({"show", "physio"}).out.find("Club swing") != std::string::npos);
  const auto hidden = f.run({"check", distro.string()});
  CHECK(hidden.status == 0);
  CHECK(hidden.err.find(distro.string() + ": warning: hidden by " + club.string() + ": `stretch warmup` runs that one\n") == 0);
  // The data home comes before the data dirs, and the user's own folder before both.
  f.home.write(".local/share/stretch/routines/warmup.stretch", "title Home warm-up\nexercise E\n  rest 5s\n");
  CHECK(f.run({"show", "warmup"}).out.find("Home warm-up") != std::string::npos);
  f.home.write(".config/stretch/routines/warmup.stretch", "title My warm-up\nexercise E\n  rest 5s\n");
  CHECK(f.run({"show", "warmup"}).out.find("My warm-up") != std::string::npos);
  const auto paths = f.run({"path", "installed"});
  CHECK(paths.out == (f.home.path() / ".local/share/stretch/routines\n").string()
                       + (f.home.path() / "opt/club/share/stretch/routines\n").string()
                       + (f.home.path() / "usr/share/stretch/routines\n").string());
}

TEST_CASE("new and import: a built-in's name refused alike, with what uses it, and one name, reachable")
{
  CliFixture f;
  const auto source = f.home.write("mine.stretch", "title Mine\nexercise E\n  rest 5s\n");
  for (const std::vector<std::string>& args : {std::vector<std::string>{"new", "calf"},
                                                 std::vector<std::string>{"import", source.string(), "--as", "calf"}}) {
    CAPTURE(args.front());
    const auto r = f.run(args);
    CHECK(r.status == 1);
    CHECK(r.err == "stretch: error: a routine of yours called `calf` would take the place of the built-in routine "
                   "`calf`, which daily and midrun include; choose another name, or give --replace-builtin to do it "
                   "anyway\n");
    CHECK_FALSE(std::filesystem::exists(f.routines() / "calf.stretch"));
  }
  const auto show_midrun = f.run({"show", "midrun"}).out;
  const auto replaced = f.run({"new", "calf", "--replace-builtin"});
  CHECK(replaced.status == 0);
  CHECK(replaced.err.find("stretch: note: your `calf` takes the place of the built-in routine `calf`") == 0);
  CHECK(f.run({"show", "midrun"}).out != show_midrun);
  // Two endings: refused, since `stretch x.stretch` would look for a file.
  const auto twice = f.run({"new", "x.stretch.stretch"});
  CHECK(twice.status == 2);
  CHECK(twice.err.find("cannot end in `.stretch`") != std::string::npos);
  // A name that is a command: made, with the way to run it.
  CHECK(f.run({"new", "hold"}).err == "stretch: note: `hold` is also a command: run this routine with `stretch run hold`\n");
  const auto named = f.run({"new", "x.stretch"});
  CHECK(named.status == 0);
  CHECK(f.run({"x", "--dry-run"}).status == 0);
}

TEST_CASE("list and include say why a routine file is skipped, and names that look alike are refused")
{
  CliFixture f;
  std::filesystem::create_directories(f.routines() / "folder.stretch");
  REQUIRE(::mkfifo((f.routines() / "fifo.stretch").c_str(), 0600) == 0);
  f.home.write(".config/stretch/routines/calf\u00a0.stretch", "title Fake calf\nexercise E\n  rest 5s\n");
  f.home.write(".config/stretch/routines/uses.stretch", "title Uses\ninclude fifo\n");
  const auto list = f.run({"list"});
  CHECK(list.status == 0);
  CHECK(list.err.find("folder.stretch: skipped: a folder, not a routine file\n") != std::string::npos);
  CHECK(list.err.find("fifo.stretch: skipped: not a regular file\n") != std::string::npos);
  CHECK(list.err.find("may not contain invisible or space-like characters (U+00A0 at byte 5)") != std::string::npos);
  CHECK(list.out.find("Fake calf") == std::string::npos);
  const auto check = f.run({"check", "uses"});
  CHECK(check.status == 1);
  CHECK(check.err.find("uses.stretch:2:9: error: cannot include `fifo`: " + (f.routines() / "fifo.stretch").string()
                       + ": not a regular file\n")
        != std::string::npos);
  const auto titled = f.run({"check", f.home.write("t.stretch", "title Calf\u2028(c) me\nexercise E\n  rest 5s\n").string()});
  CHECK(titled.status == 1);
  CHECK(titled.err.find("formatting character U+2028 is not allowed") != std::string::npos);
}

TEST_CASE("stretch show")
{
  CliFixture f;
  SUBCASE("calf: 3 reps of 10 s and 20 s on each side")
  {
    const auto r = f.run({"show", "calf"});
    CHECK(r.status == 0);
    CHECK(r.out.ends_with("total 4:20\n"));
    CHECK(r.out.find("\x1b") == std::string::npos); // not a terminal: no color
  }
  SUBCASE("midrun ends with the question")
  {
    const auto r = f.run({"show", "midrun"});
    CHECK(r.status == 0);
    const auto question = r.out.find("Has the numbness gone?");
    REQUIRE(question != std::string::npos);
    CHECK(r.out.find("CONTRACT", question) == std::string::npos);
  }
  SUBCASE("--source, then check the copy")
  {
    const auto source = f.run({"show", "calf", "--source"});
    CHECK(source.status == 0);
    f.home.write("copy.stretch", source.out);
    const auto check = f.run({"check", "copy.stretch"});
    CHECK(check.status == 0);
    CHECK(check.out == "copy.stretch: ok: Calf: press and lift the gas pedal (4:20)\n");
  }
  SUBCASE("--color always")
  {
    const auto r = f.run({"show", "calf", "--color", "always"});
    CHECK(r.out.find("\x1b[") != std::string::npos);
  }
  SUBCASE("NO_COLOR beats CLICOLOR_FORCE")
  {
    f.env["CLICOLOR_FORCE"] = "1";
    CHECK(f.run({"show", "calf"}).out.find("\x1b[") != std::string::npos);
    f.env["NO_COLOR"] = "1";
    CHECK(f.run({"show", "calf"}).out.find("\x1b[") == std::string::npos);
  }
  SUBCASE("a file path")
  {
    f.home.write("x/my.stretch", "title Mine\nexercise E\nrest 5s Breathe.\n");
    const auto r = f.run({"show", "x/my.stretch", "--ready", "0"});
    CHECK(r.status == 0);
    CHECK(r.out.ends_with("total 0:05\n"));
  }
  SUBCASE("a missing file is a runtime error")
  {
    const auto r = f.run({"show", "nope.stretch"});
    CHECK(r.status == 1);
    CHECK(r.err == "stretch: error: nope.stretch: No such file or directory\n");
  }
}

TEST_CASE("stretch check")
{
  CliFixture f;
  f.home.write("good.stretch", "title Good\nexercise E\nsetup Stand.\nrest 5s\n");
  f.home.write("bad.stretch", "title Bad\nexercise E\nreps 0\nrest 5s\n");
  const auto ok = f.run({"check", "good.stretch"});
  CHECK(ok.status == 0);
  CHECK(ok.out == "good.stretch: ok: Good (0:10)\n");
  const auto bad = f.run({"check", "good.stretch", "bad.stretch"});
  CHECK(bad.status == 1);
  CHECK(bad.out == "good.stretch: ok: Good (0:10)\n");
  CHECK(bad.err == "bad.stretch:3:6: error: reps must be from 1 to 100\n");
  CHECK(f.run({"check"}).status == 2);
  SUBCASE("an existing file is that file, whatever its name")
  {
    f.home.write("notes.txt", "title Notes\nexercise E\nrest 5s\n");
    const auto notes = f.run({"check", "notes.txt"});
    CHECK(notes.status == 0);
    CHECK(notes.out == "notes.txt: ok: Notes (0:10)\n");
  }
}

TEST_CASE("a folder of routines that include each other: each error once, and quickly")
{
  CliFixture f;
  // Seven routines, each including the next ten times; the last has a typo. Expanded
  // blindly, that is ten million exercises and two million error lines.
  for (int level = 0; level < 7; ++level) {
    std::string text = "title Level " + std::to_string(level) + "\n";
    for (int i = 0; level < 6 && i < 10; ++i) {
      text += "include l" + std::to_string(level + 1) + "\n";
    }
    if (level == 6) {
      text += "exercise E\nrelx 5s\n";
    }
    f.home.write(".config/stretch/routines/l" + std::to_string(level) + ".stretch", text);
  }
  const auto check = f.run({"check", "l0"});
  CHECK(check.status == 1);
  CHECK(std::count(check.err.begin(), check.err.end(), '\n') == 1 + 6 * 10); // the typo, then each include line
  CHECK(check.err.find(f.routines().string() + "/l6.stretch:3:1: error: unknown directive `relx`") == 0);
  const auto list = f.run({"list"});
  CHECK(list.status == 0);
  CHECK(list.out.find("\nl0           -  (has errors: see `stretch check l0`)") != std::string::npos);
  CHECK(list.err.empty());
  CHECK(f.run({"show", "l3"}).status == 1);
}

TEST_CASE("binary and hostile files never crash or hang")
{
  CliFixture f;
  std::string binary;
  for (int i = 0; i < 4096; ++i) {
    binary += static_cast<char>((i * 7919) % 256);
  }
  f.home.write("binary.stretch", binary);
  f.home.write("huge.stretch", std::string(2 * 1024 * 1024, '#'));
  f.home.write("escape.stretch", "title \x1b]0;pwned\x07\nexercise E\nrest 5s\n");
  const auto r = f.run({"check", "binary.stretch", "huge.stretch", "escape.stretch"});
  CHECK(r.status == 1);
  CHECK(r.err.find("binary.stretch:1:") == 0);
  CHECK(r.err.find("huge.stretch: error: file is too large; the limit is 1 MiB\n") != std::string::npos);
  CHECK(r.err.find("escape.stretch:1:7: error: control character U+001B is not allowed\n") != std::string::npos);
  CHECK(r.err.find('\x1b') == std::string::npos);
}

TEST_CASE("an option before the routine takes one value: stretch --reps 2 calf")
{
  CliFixture f;
  const auto two = f.run({"--reps", "2", "calf", "--dry-run"});
  CHECK(two.status == 0);
  CHECK(two.out.starts_with("Calf: press and lift the gas pedal (3:10)\n"));
  CHECK(f.run({"--side", "left", "calf", "--dry-run"}).out.find("RIGHT") == std::string::npos);
  const auto twice = f.run({"--reps", "2", "calf", "--reps", "3"});
  CHECK(twice.status == 2);
  CHECK(twice.err == "stretch: error: --reps is given more than once: give it once\n");
}

TEST_SUITE_END();
