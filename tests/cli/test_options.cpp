// SPDX-License-Identifier: MIT
#include "cli/options.h"

#include <doctest/doctest.h>
#include <set>
#include <string>

using namespace stretch;

TEST_SUITE_BEGIN("cli/options");

TEST_CASE("option_rows: each option once for each command, each setting once, each with a help and commands")
{
  std::set<std::pair<std::string_view, unsigned>> names; // a name, and a command that takes it
  std::set<std::string_view> settings;
  for (const cli::OptionRow& row : cli::option_rows()) {
    const std::string name(row.name);
    CAPTURE(name);
    CHECK(row.name.starts_with("--"));
    for (unsigned bit = 1; bit <= cli::k_cmd_top; bit <<= 1) {
      if ((row.commands & bit) != 0) {
        CHECK(names.insert({row.name, bit}).second);
        CHECK(cli::find_option(row.name, bit) == &row);
        if (!row.negation.empty()) {
          CHECK(names.insert({row.negation, bit}).second);
        }
      }
    }
    CHECK_FALSE(row.help.empty());
    CHECK(row.commands != 0);
    if (!row.setting.empty()) {
      CHECK(settings.insert(row.setting).second);
      CHECK(cli::find_setting(row.setting) == &row);
    }
    // A value gets an example for the message when it is missing; a choice completes its values.
    CHECK(row.flag() == row.example.empty());
    CHECK((row.values.empty() || row.completion == cli::Completion::values));
  }
  CHECK(names.count({"--replace-builtin", cli::k_cmd_new}) == 1);
  // This device's name, and (to history) a device to show.
  CHECK(cli::find_option("--device-name", cli::k_cmd_run)->setting == "device");
  CHECK(cli::find_option("--device", cli::k_cmd_run) == nullptr);
  CHECK(cli::find_option("--device", cli::k_cmd_history)->setting.empty());
}

TEST_CASE("find_option: by name or negation")
{
  CHECK(cli::find_option("--voice")->name == "--voice");
  CHECK(cli::find_option("--no-voice")->name == "--voice");
  CHECK(cli::find_option("--no-log")->name == "--no-log");
  CHECK(cli::find_option("--bogus") == nullptr);
  CHECK(cli::find_setting("sound")->name == "--sound");
  CHECK(cli::find_setting("reps") == nullptr); // not a setting
}

TEST_CASE("check_value and choice: the values of a list, checks of the others, booleans for flags")
{
  const cli::OptionRow& sound = *cli::find_option("--sound");
  CHECK_FALSE(cli::check_value(sound, "bell"));
  CHECK(cli::check_value(sound, "loud") == "expected tones, bell or off, not `loud`");
  CHECK(cli::choice(sound, "off") == 2U);
  CHECK_FALSE(cli::choice(sound, "Off"));
  CHECK(cli::check_value(*cli::find_option("--theme"), "blue") == "expected auto, dark or light, not `blue`");
  CHECK(cli::check_value(*cli::find_option("--color"), "sometimes") == "expected auto, always or never, not `sometimes`");
  CHECK(cli::check_value(*cli::find_option("--ready"), "11m") == "duration is over the limit of 10:00");
  CHECK_FALSE(cli::check_value(*cli::find_option("--voice"), "Yes"));
  CHECK(cli::check_value(*cli::find_option("--voice"), "maybe") == "expected true or false, not `maybe`");
}

TEST_SUITE_END();
