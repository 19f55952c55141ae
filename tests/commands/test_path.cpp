// SPDX-License-Identifier: MIT
#include "commands/path.h"

#include "error.h"
#include "support/command_fixture.h"
#include "support/read_text.h"

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
          == "routines  " + home + "/routines (none yet)\n"
             "installed " + home + "/shared (none)\n"
             "history   " + home + "/.local/state/stretch/history.tsv (none yet)\n"
             "config    " + home + "/config (none yet)\n"
             "builtins  compiled into the program\n");
  }
  SUBCASE("folders that exist are not marked")
  {
    f.add_routine("mine", "title Mine\n");
    f.add_installed("club", "title Club\n");
    commands::path_command(f.context(), {});
    CHECK(f.out.text().find("routines  " + home + "/routines\ninstalled " + home + "/shared\n") == 0);
  }
  SUBCASE("the installed folders alone, one a line")
  {
    commands::path_command(f.context(), {.which = "installed"});
    CHECK(f.out.text() == home + "/shared\n");
  }
  SUBCASE("anything else is a usage error that lists the choices")
  {
    CHECK_THROWS_WITH_AS(commands::path_command(f.context(), {.which = "logs"}),
                         "`stretch path` prints routines, installed, history, config or builtins, not `logs`", UsageError);
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
  SUBCASE("a history folder: the folder, and this device's file in it")
  {
    f.variables["XDG_STATE_HOME"] = home + "/state";
    commands::path_command(f.context(), {.history_dir = "~/Sync/stretch", .device_name = "phone"});
    const std::string id = test::read_text(f.dir.path() / "state/stretch/device-id").substr(0, 8);
    CHECK(f.out.text().find("history   " + home + "/Sync/stretch (none yet)\n"
                            "device    " + home + "/Sync/stretch/phone-" + id + ".tsv (none yet)\n")
          != std::string::npos);
    f.out = {};
    commands::path_command(f.context(), {.which = "history", .history_dir = "~/Sync/stretch", .device_name = "phone"});
    CHECK(f.out.text() == home + "/Sync/stretch\n" + home + "/Sync/stretch/phone-" + id + ".tsv\n");
  }
  SUBCASE("the installed built-ins")
  {
    commands::path_command(f.context(), {.which = "builtins", .builtins_dir = "/usr/share/stretch/routines"});
    CHECK(f.out.text() == "/usr/share/stretch/routines\n");
    CHECK_THROWS_AS(commands::path_command(f.context(), {.which = "builtins"}), Error);
  }
}

TEST_SUITE_END();
