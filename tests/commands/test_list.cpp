// SPDX-License-Identifier: MIT
#include "commands/list.h"

#include "support/command_fixture.h"

#include <doctest/doctest.h>

using namespace stretch;

TEST_SUITE_BEGIN("commands/list");

TEST_CASE("list_command")
{
  test::CommandFixture f;
  SUBCASE("the built-ins with title, time and origin")
  {
    CHECK(commands::list_command(f.context(), {}) == 0);
    CHECK(f.out.text()
          == "NAME      TIME  TITLE                                         FROM\n"
             "ankle     4:10  Ankle: flex and point holds                   built-in\n"
             "big-toe   5:57  Big toe: curl in, lift away                   built-in (also: toe)\n"
             "calf      4:20  Calf: press and lift the gas pedal            built-in\n"
             "daily    11:16  Daily mobility: feet up, then the whole body  built-in\n"
             "laces     0:50  Laces: give your feet room                    built-in\n"
             "midrun   11:47  Mid-run: numb feet                            built-in\n");
    CHECK(f.err.text().empty());
  }
  SUBCASE("the user's routines, overrides and broken files")
  {
    const auto mine = f.add_routine("calf", "title My calf\nexercise C\ncontract 30s Hold.\n");
    const auto broken = f.add_routine("broken", "title Broken\n");
    CHECK(commands::list_command(f.context(), {}) == 0);
    const std::string& out = f.out.text();
    CHECK(out.find("calf     0:35  My calf") != std::string::npos);
    CHECK(out.find(mine.string() + " (instead of the built-in)") != std::string::npos);
    CHECK(out.find("broken      -  (has errors: see `stretch check broken`)") != std::string::npos);
    CHECK(out.find(broken.string()) != std::string::npos);
  }
  SUBCASE("routines installed for everyone: where each comes from, and what it hides")
  {
    const auto club = f.add_installed("club", "title Club warm-up\nexercise C\ncontract 30s Hold.\n");
    const auto installed_calf = f.add_installed("calf", "title Physio calf\nexercise C\ncontract 30s Hold.\n");
    const auto mine = f.add_routine("calf", "title My calf\nexercise C\ncontract 30s Hold.\n");
    CHECK(commands::list_command(f.context(), {}) == 0);
    const std::string& out = f.out.text();
    CHECK(out.find("club     0:35  Club warm-up") != std::string::npos);
    CHECK(out.find("  " + club.string() + "\n") != std::string::npos);
    CHECK(out.find("My calf") != std::string::npos);
    CHECK(out.find("Physio calf") == std::string::npos);
    CHECK(out.find(mine.string() + " (instead of " + installed_calf.string() + " and the built-in)\n") != std::string::npos);
  }
  SUBCASE("--names")
  {
    f.add_routine("zzz", "title Z\nexercise Z\nrest 5s\n");
    CHECK(commands::list_command(f.context(), {.names_only = true}) == 0);
    CHECK(f.out.text() == "ankle\nbig-toe\ncalf\ndaily\nlaces\nmidrun\nzzz\n");
  }
  SUBCASE("the header is bold with color")
  {
    commands::list_command(f.context(true), {});
    CHECK(f.out.text().find("\x1b[1mNAME") == 0);
  }
}

TEST_CASE("list_command warns of a routine installed for everyone in a built-in's place")
{
  test::CommandFixture f;
  const auto calf = f.add_installed("calf", "title Club calf\nexercise E\n  contract 10s Press.\n");
  CHECK(commands::list_command(f.context(), {}) == 0);
  CHECK(f.err.text() == "stretch: warning: " + calf.string() + ": takes the place of the built-in `calf` for everyone "
                        "here, also in daily, midrun (which include it)\n");
}

TEST_SUITE_END();
