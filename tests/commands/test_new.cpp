// SPDX-License-Identifier: MIT
#include "commands/new.h"

#include "error.h"
#include "support/command_fixture.h"
#include "support/read_text.h"

#include <doctest/doctest.h>

using namespace stretch;

TEST_SUITE_BEGIN("commands/new");

TEST_CASE("new_command")
{
  test::CommandFixture f;
  const auto file = f.dir.path() / "routines/hamstring.stretch";
  SUBCASE("a starter, and its path")
  {
    CHECK(commands::new_command(f.context(), {.name = "hamstring"}) == 0);
    CHECK(f.out.text() == file.string() + "\n");
    CHECK(test::read_text(file).find("title Hamstring\n") != std::string::npos);
    CHECK(f.library.find_entry("hamstring")->origin == library::Origin::user);
  }
  SUBCASE("a copy of another routine")
  {
    CHECK(commands::new_command(f.context(), {.name = "hamstring", .from = "calf"}) == 0);
    CHECK(test::read_text(file).find("# hamstring: started from a copy of `calf`.\n") == 0);
    CHECK(test::read_text(file).find("contract 10s min 10s [PRESS · calf] Push the ball") != std::string::npos);
  }
  SUBCASE("never over an existing file, unless forced")
  {
    f.add_routine("hamstring", "title Mine\nexercise E\nrest 5s\n");
    CHECK_THROWS_WITH_AS(commands::new_command(f.context(), {.name = "hamstring"}),
                         (file.string() + " already exists; `stretch edit hamstring` changes it, --force replaces it").c_str(),
                         Error);
    CHECK(test::read_text(file) == "title Mine\nexercise E\nrest 5s\n");
    CHECK(commands::new_command(f.context(), {.name = "hamstring", .force = true}) == 0);
    CHECK(test::read_text(file).find("title Hamstring") != std::string::npos);
  }
  SUBCASE("names that cannot be routine names")
  {
    CHECK_THROWS_WITH_AS(commands::new_command(f.context(), {.name = "a/b"}),
                         "routine name `a/b` may not contain spaces, slashes or control characters", UsageError);
    CHECK_THROWS_AS(commands::new_command(f.context(), {.name = ".hidden"}), UsageError);
    CHECK_THROWS_AS(commands::new_command(f.context(), {.name = "two words"}), UsageError);
    CHECK_FALSE(std::filesystem::exists(f.dir.path() / "routines"));
  }
  SUBCASE("a copy under a new name gets a title of its own, and leaves the aliases to the original")
  {
    CHECK(commands::new_command(f.context(), {.name = "mytoe", .from = "big-toe"}) == 0);
    const std::string text = test::read_text(f.dir.path() / "routines/mytoe.stretch");
    CHECK(text.find("\ntitle Big toe: curl in, lift away (mytoe)\n") != std::string::npos);
    CHECK(text.find("\n# (the original keeps its other names) alias toe\n") != std::string::npos);
    CHECK(f.library.find_entry("toe")->name == "big-toe");
  }
  SUBCASE("the .stretch ending is not part of the name, and only one is")
  {
    CHECK(commands::new_command(f.context(), {.name = "hamstring.stretch"}) == 0);
    CHECK(f.out.text() == file.string() + "\n");
    CHECK(std::filesystem::exists(file));
    CHECK_THROWS_WITH_AS(commands::new_command(f.context(), {.name = "x.stretch.stretch"}),
                         "routine name `x.stretch` cannot end in `.stretch`: that is its file's ending, and a name "
                         "that ends so is taken for a file",
                         UsageError);
  }
  SUBCASE("a built-in's name, as import treats it: refused, unless --replace-builtin")
  {
    CHECK_THROWS_WITH_AS(commands::new_command(f.context(), {.name = "calf"}),
                         "a routine of yours called `calf` would take the place of the built-in routine `calf`, "
                         "which daily and midrun include; choose another name, or give --replace-builtin to do it "
                         "anyway",
                         Error);
    CHECK_FALSE(std::filesystem::exists(f.dir.path() / "routines/calf.stretch"));
    CHECK(commands::new_command(f.context(), {.name = "calf", .replace_builtin = true}) == 0);
    CHECK(f.err.text() == "stretch: note: your `calf` takes the place of the built-in routine `calf`, which daily "
                          "and midrun include\n");
    // Now it is the user's own: --force replaces it, as any of theirs.
    CHECK(commands::new_command(f.context(), {.name = "calf", .force = true}) == 0);
  }
  SUBCASE("the name of a routine installed for everyone: made, with a note")
  {
    const auto shared = f.add_installed("club", "title Club\nexercise C\ncontract 30s Hold.\n");
    CHECK(commands::new_command(f.context(), {.name = "club"}) == 0);
    CHECK(f.err.text() == "stretch: note: your `club` takes the place of " + shared.string() + "\n");
    CHECK(std::filesystem::exists(f.dir.path() / "routines/club.stretch"));
    CHECK(std::filesystem::exists(shared));
  }
  SUBCASE("only a routine without errors is copied")
  {
    const auto junk = f.dir.write("passwd", "root:x:0:0:root:/root:/bin/bash\n");
    CHECK_THROWS_WITH_AS(commands::new_command(f.context(), {.name = "x", .from = junk.string()}),
                         (junk.string() + " has errors").c_str(), Error);
    CHECK(f.err.text().find(junk.string() + ":1:1: error: unknown directive `root:x:0:0:root:/root:/bin/bash`") == 0);
    CHECK_FALSE(std::filesystem::exists(f.dir.path() / "routines/x.stretch"));
  }
  SUBCASE("an unknown --from")
  {
    CHECK_THROWS_AS(commands::new_command(f.context(), {.name = "x", .from = "clf"}), UsageError);
  }
  SUBCASE("a name that is also a command")
  {
    CHECK(commands::new_command(f.context(), {.name = "list", .commands = {"run", "list"}}) == 0);
    CHECK(f.err.text() == "stretch: note: `list` is also a command: run this routine with `stretch run list`\n");
  }
}

TEST_SUITE_END();
