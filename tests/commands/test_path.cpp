// SPDX-License-Identifier: MIT
#include "commands/path.h"

#include "error.h"
#include "support/command_fixture.h"

#include <doctest/doctest.h>

using namespace stretch;

TEST_SUITE_BEGIN("commands/path");

TEST_CASE("path_command")
{
  test::CommandFixture f;
  const std::string home = f.dir.path().string();
  SUBCASE("every path, labelled")
  {
    CHECK(commands::path_command(f.context(), {.config_file = f.dir.path() / "config"}) == 0);
    CHECK(f.out.text()
          == "routines  " + home + "/routines\n"
             "history   " + home + "/.local/state/stretch/history.tsv\n"
             "config    " + home + "/config (none yet)\n"
             "builtins  compiled into the program\n");
  }
  SUBCASE("the settings file, once it exists")
  {
    const auto config = f.dir.write("config", "voice = true\n");
    commands::path_command(f.context(), {.config_file = config});
    CHECK(f.out.text().find("config    " + config.string() + "\n") != std::string::npos);
    f.out = {};
    commands::path_command(f.context(), {.which = "config", .config_file = config});
    CHECK(f.out.text() == config.string() + "\n");
  }
  SUBCASE("one path, bare, for scripts")
  {
    f.variables["STRETCH_HISTORY"] = "/tmp/h.tsv";
    commands::path_command(f.context(), {.which = "history"});
    CHECK(f.out.text() == "/tmp/h.tsv\n");
  }
  SUBCASE("the installed built-ins")
  {
    commands::path_command(f.context(), {.which = "builtins", .builtins_dir = "/usr/share/stretch/routines"});
    CHECK(f.out.text() == "/usr/share/stretch/routines\n");
    CHECK_THROWS_AS(commands::path_command(f.context(), {.which = "builtins"}), Error);
  }
}

TEST_SUITE_END();
