// SPDX-License-Identifier: MIT
#include "cli/arguments.h"

#include <doctest/doctest.h>

using namespace stretch;

TEST_SUITE_BEGIN("cli/arguments");

TEST_CASE("Arguments: the command line wins over the settings file, and says which is which")
{
  cli::Arguments args;
  args.give("--voice", "false");
  args.settle("--voice", "true");
  args.settle("--sound", "bell");
  CHECK_FALSE(args.flag("--voice", true));
  CHECK(args.on_command_line("--voice"));
  CHECK(args.value("--sound") == "bell");
  CHECK(args.from_settings("--sound"));
  CHECK_FALSE(args.on_command_line("--sound"));
  CHECK_FALSE(args.has("--big"));
  CHECK(args.flag("--big", true)); // not given: the default
  CHECK_FALSE(args.value("--reps"));
}

TEST_CASE("Arguments: positionals by name")
{
  cli::Arguments args;
  args.positionals["FILE"] = {"a.stretch", "b.stretch"};
  CHECK(args.positional("FILE") == "a.stretch");
  CHECK(args.positional("ROUTINE").empty());
}

TEST_SUITE_END();
