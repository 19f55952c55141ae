// SPDX-License-Identifier: MIT
#include "commands/show.h"

#include "error.h"
#include "library/builtins.h"
#include "support/command_fixture.h"

#include <doctest/doctest.h>

using namespace stretch;

TEST_SUITE_BEGIN("commands/show");

TEST_CASE("show_command")
{
  test::CommandFixture f;
  SUBCASE("the calf plan ends with its total")
  {
    CHECK(commands::show_command(f.context(), {.routine = "calf"}) == 0);
    const std::string& out = f.out.text();
    CHECK(out.find("Calf: press and lift the gas pedal\n") == 0);
    CHECK(out.find(" 0:25  Calf      left   1/3  PRESS · calf    0:10  Push the ball") != std::string::npos);
    CHECK(out.ends_with("\ntotal 4:20\n"));
  }
  SUBCASE("midrun ends with the numbness question")
  {
    CHECK(commands::show_command(f.context(), {.routine = "midrun"}) == 0);
    const std::string& out = f.out.text();
    const auto question = out.rfind("QUESTION");
    REQUIRE(question != std::string::npos);
    CHECK(out.find("Has the numbness gone?", question) != std::string::npos);
    CHECK(out.find("CONTRACT", question) == std::string::npos);
    CHECK(out.find("(ends the routine)\ntotal 11:47\nTip: For your next runs: lace every other eyelet") != std::string::npos);
  }
  SUBCASE("ASCII for a locale that is not UTF-8")
  {
    auto ctx = f.context();
    ctx.display.unicode = false;
    CHECK(commands::show_command(ctx, {.routine = "calf"}) == 0);
    CHECK(f.out.text().find("PRESS - calf") != std::string::npos);
    CHECK(f.out.text().find("·") == std::string::npos);
  }
  SUBCASE("plan options")
  {
    CHECK(commands::show_command(f.context(), {.routine = "calf", .plan = {.side = "left", .scale = 0.5}}) == 0);
    CHECK(f.out.text().find("right") == std::string::npos);
    CHECK(f.out.text().ends_with("total 1:52.5\n"));
    CHECK(f.err.text() == "stretch: note: --scale 0.5: 6 steps keep the least they may last (the routine's minimum, or 1 second)\n");
  }
  SUBCASE("--source prints the file text byte for byte")
  {
    CHECK(commands::show_command(f.context(), {.routine = "toe", .source = true}) == 0);
    std::string_view builtin;
    for (const auto& b : library::builtin_routines()) {
      if (b.name == "big-toe") {
        builtin = b.text;
      }
    }
    CHECK(f.out.text() == builtin);
  }
  SUBCASE("an unknown side is a usage error")
  {
    CHECK_THROWS_WITH_AS(commands::show_command(f.context(), {.routine = "calf", .plan = {.side = "up"}}),
                         "--side: routine `calf` has no side `up`; choose left, right or both", UsageError);
  }
  SUBCASE("a broken routine prints its errors")
  {
    const auto path = f.add_routine("bad", "title Bad\nexercise E\nreps 0\nrest 5s\n");
    CHECK_THROWS_WITH_AS(commands::show_command(f.context(), {.routine = "bad"}),
                         (path.string() + " has errors").c_str(), Error);
    CHECK(f.err.text() == path.string() + ":3:6: error: reps must be from 1 to 100\n");
  }
}

TEST_SUITE_END();
