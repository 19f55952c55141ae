// SPDX-License-Identifier: MIT
#include "cli/command_table.h"

#include "cli/options.h"

#include <doctest/doctest.h>
#include <set>
#include <string>

using namespace stretch;

TEST_SUITE_BEGIN("cli/command_table");

TEST_CASE("command_rows: each command once, with a summary, a runner, examples and a bit of its own")
{
  std::set<unsigned> bits{cli::top_command().bit};
  std::set<std::string_view> names;
  for (const cli::Command& command : cli::command_rows()) {
    const std::string name(command.name);
    CAPTURE(name);
    CHECK(names.insert(command.name).second);
    CHECK_FALSE(command.summary.empty());
    CHECK((command.run != nullptr));
    CHECK_FALSE(command.examples.empty());
    CHECK((command.bit == cli::k_cmd_run || bits.insert(command.bit).second)); // run shares the top level's
    for (const cli::Command& nested : command.subcommands) {
      CHECK(bits.insert(nested.bit).second);
    }
  }
}

TEST_CASE("find_command: a command, or one of a command's own")
{
  CHECK(cli::find_command("list")->name == "list");
  CHECK(cli::find_command("remind remove")->name == "remove");
  CHECK(cli::find_command("remind bogus") == nullptr);
  CHECK(cli::find_command("calf") == nullptr);
  CHECK(cli::command_names().front() == "run");
}

TEST_SUITE_END();
