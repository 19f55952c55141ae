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
    CHECK(test::read_text(file).find("contract 10s Push the ball") != std::string::npos);
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
  SUBCASE("an unknown --from")
  {
    CHECK_THROWS_AS(commands::new_command(f.context(), {.name = "x", .from = "clf"}), UsageError);
  }
  SUBCASE("a name that is also a command")
  {
    CHECK(commands::new_command(f.context(), {.name = "list"}) == 0);
    CHECK(f.err.text() == "stretch: note: `list` is also a command: run this routine with `stretch run list`\n");
  }
}

TEST_SUITE_END();
