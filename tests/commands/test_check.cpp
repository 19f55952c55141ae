// SPDX-License-Identifier: MIT
#include "commands/check.h"

#include "support/command_fixture.h"
#include "support/scan.h"

#include <doctest/doctest.h>

using namespace stretch;

TEST_SUITE_BEGIN("commands/check");

TEST_CASE("check_command")
{
  test::CommandFixture f;
  const auto good = f.dir.write("good.stretch", "title Good one\nexercise E\nsetup Stand.\ncontract 10s Press.\ninclude calf\n");
  const auto bad = f.dir.write("bad.stretch", "title Bad\nexercize E\nexercise F\nreps 0\ncontract 10x\n");
  SUBCASE("a valid file: one line with title and total")
  {
    CHECK(commands::check_command(f.context(), {{good.string()}}) == 0);
    CHECK(f.out.text() == good.string() + ": ok: Good one (4:35)\n");
    CHECK(f.err.text().empty());
  }
  SUBCASE("every error of every file, and exit 1")
  {
    CHECK(commands::check_command(f.context(), {{bad.string(), good.string(), (f.dir.path() / "none.stretch").string()}}) == 1);
    CHECK(f.out.text() == good.string() + ": ok: Good one (4:35)\n");
    const std::string b = bad.string();
    CHECK(f.err.text()
          == b + ":2:1: error: unknown directive `exercize`; did you mean `exercise`?\n"
             + b + ":4:6: error: reps must be from 1 to 100\n"
             + b + ":5:10: error: invalid duration `10x`: expected a number of seconds or a time like 10s, 1m30s or 1:30\n"
             + (f.dir.path() / "none.stretch").string() + ": error: No such file or directory\n");
  }
  SUBCASE("a routine name")
  {
    CHECK(commands::check_command(f.context(), {{"midrun"}}) == 0);
    CHECK(f.out.text() == "<built-in>/midrun.stretch: ok: Mid-run: numb feet (11:47)\n");
  }
  SUBCASE("an unknown name is a usage error, as for show and run")
  {
    CHECK(commands::check_command(f.context(), {{"mdrun"}}) == 2);
    CHECK(f.err.text() == "stretch: error: no routine named `mdrun`; did you mean `midrun`?\n");
  }
}

TEST_CASE("check_command and routines of one name in several folders")
{
  test::CommandFixture f;
  const std::string text = "title Club\nexercise C\nsetup Stand.\ncontract 10s Press.\n";
  const auto shared = f.add_installed("club", text);
  SUBCASE("one file of its name: no warning")
  {
    CHECK(commands::check_command(f.context(), {{"club"}}) == 0);
    CHECK(f.err.text().empty());
  }
  SUBCASE("the user's file hides the installed one: said of either")
  {
    const auto mine = f.add_routine("club", text);
    CHECK(commands::check_command(f.context(), {{"club"}}) == 0);
    CHECK(f.err.text() == mine.string() + ": warning: `stretch club` runs this file, not " + shared.string() + "\n");
    f.err = {};
    CHECK(commands::check_command(f.context(), {{shared.string()}}) == 0);
    CHECK(f.err.text() == shared.string() + ": warning: hidden by " + mine.string() + ": `stretch club` runs that one\n");
  }
  SUBCASE("a routine of the user's in a built-in's place is on purpose: no warning")
  {
    f.add_routine("calf", text);
    CHECK(commands::check_command(f.context(), {{"calf"}}) == 0);
    CHECK(f.err.text().empty());
  }
  SUBCASE("a file of that name elsewhere is not the library's business")
  {
    const auto elsewhere = f.dir.write("club.stretch", text);
    CHECK(commands::check_command(f.context(), {{elsewhere.string()}}) == 0);
    CHECK(f.err.text().empty());
  }
}

TEST_CASE("check_command and list_command say when a routine installed for everyone takes a built-in's place")
{
  test::CommandFixture f;
  const auto calf = f.add_installed("calf", "title Club calf\nexercise E\n  contract 10s Press.\n");
  CHECK(commands::check_command(f.context(), {{"calf"}}) == 0);
  CHECK(f.err.text().find(calf.string() + ": warning: takes the place of the built-in `calf` for everyone here, also in "
                          "daily, midrun (which include it)\n") != std::string::npos);
  test::CommandFixture mine;
  mine.add_routine("calf", "title My calf\nexercise E\n  contract 10s Press.\n");
  CHECK(commands::check_command(mine.context(), {{"calf"}}) == 0);
  CHECK(mine.err.text().find("takes the place") == std::string::npos); // the user's own choice: nothing to say
}

TEST_CASE("check_command and the linter")
{
  test::CommandFixture f;
  const auto file = f.dir.write("long.stretch", "title Long\nexercise E\nsetup Stand.\nstretch 90s Hold.\nstretch 5s Quick.\n");
  SUBCASE("without --lint: valid, and one line that says there are warnings")
  {
    CHECK(commands::check_command(f.context(), {{file.string()}}) == 0);
    CHECK(f.err.text() == "stretch: note: the linter has 2 warnings; `stretch check --lint` shows them\n");
  }
  SUBCASE("--lint: every warning, and still exit 0")
  {
    CHECK(commands::check_command(f.context(), {{file.string()}, true}) == 0);
    CHECK(f.err.text()
          == file.string() + ":4: warning: a stretch of 1:30 is long: hold a stretch 10 to 30 seconds, 60 at most "
                             "(ACSM's guidelines)\n"
             + file.string() + ":5: warning: a stretch of 0:05 is short: hold a stretch 10 to 30 seconds (ACSM's guidelines)\n");
  }
  SUBCASE("--strict: warnings fail")
  {
    CHECK(commands::check_command(f.context(), {{file.string()}, false, true}) == 1);
    CHECK(f.err.text().find(": warning: ") != std::string::npos);
  }
  SUBCASE("--lint shows at most 100 warnings, then says how many more there are")
  {
    std::string text = "title Many\n";
    for (int i = 0; i < 150; ++i) {
      text += "exercise E" + std::to_string(i) + "\nsetup Stand.\nstretch 5s Quick.\n";
    }
    const auto many = f.dir.write("many.stretch", text);
    CHECK(commands::check_command(f.context(), {{many.string()}, true}) == 0);
    CHECK(test::count_of(f.err.text(), ": warning: ") == 100);
    CHECK(f.err.text().ends_with("stretch: note: 50 more linter warnings are left out\n"));
  }
  SUBCASE("a warning of an included routine, checked twice, is shown once")
  {
    f.add_routine("base", "title Base\nexercise B\nsetup Stand.\nstretch 5s Quick.\n");
    const auto a = f.dir.write("a.stretch", "title A\ninclude base\n");
    const auto b = f.dir.write("b.stretch", "title B\ninclude base\n");
    CHECK(commands::check_command(f.context(), {{a.string(), b.string()}, true}) == 0);
    CHECK(f.err.text() == (f.dir.path() / "routines/base.stretch").string()
                            + ":4: warning: a stretch of 0:05 is short: hold a stretch 10 to 30 seconds (ACSM's guidelines)\n");
  }
}

TEST_SUITE_END();
