// The command line as a user meets it: the real binary, its output and its exit status.
#include "e2e/cli_fixture.h"

#include <doctest/doctest.h>
#include <fstream>

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
    CHECK(r.err.find("stretch: error: ROUTINE is required") == 0);
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
  SUBCASE("options for running, given to another command")
  {
    const auto r = f.run({"--reps", "2", "list"});
    CHECK(r.status == 2);
    CHECK(r.err == "stretch: error: --reps goes with running a routine, not with `list`\n");
    CHECK(f.run({"list", "--reps", "2"}).status == 2);
    CHECK(f.run({"--color", "never", "list"}).status == 0);
  }
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

TEST_CASE("stretch show")
{
  CliFixture f;
  SUBCASE("calf: 3 reps of 10 s and 20 s on each side")
  {
    const auto r = f.run({"show", "calf"});
    CHECK(r.status == 0);
    CHECK(r.out.ends_with("total 3:10\n"));
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
    CHECK(check.out == "copy.stretch: ok: Calf: press and lift the gas pedal (3:10)\n");
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
  f.home.write("good.stretch", "title Good\nexercise E\nrest 5s\n");
  f.home.write("bad.stretch", "title Bad\nexercise E\nreps 0\nrest 5s\n");
  const auto ok = f.run({"check", "good.stretch"});
  CHECK(ok.status == 0);
  CHECK(ok.out == "good.stretch: ok: Good (0:10)\n");
  const auto bad = f.run({"check", "good.stretch", "bad.stretch"});
  CHECK(bad.status == 1);
  CHECK(bad.out == "good.stretch: ok: Good (0:10)\n");
  CHECK(bad.err == "bad.stretch:3:6: error: reps must be from 1 to 100\n");
  CHECK(f.run({"check"}).status == 2);
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

TEST_SUITE_END();
