// SPDX-License-Identifier: MIT
#include "cli/option_values.h"

#include "cli/options.h"
#include "error.h"
#include "support/fake_env.h"

#include <doctest/doctest.h>

using namespace stretch;
using namespace std::chrono_literals;

TEST_SUITE_BEGIN("cli/option_values");

TEST_CASE("the checks of settings and options say what is expected")
{
  CHECK_FALSE(cli::check_boolean("yes"));
  CHECK(*cli::check_boolean("maybe") == "expected true or false, not `maybe`");
  CHECK(cli::is_true("on"));
  CHECK_FALSE(cli::is_true("0"));
  CHECK_FALSE(cli::check_boolean("True"));
  CHECK_FALSE(cli::check_boolean("OFF"));
  CHECK_FALSE(cli::check_ready("0"));
  CHECK(*cli::check_ready("11m") == "duration is over the limit of 10:00");
}

TEST_CASE("read_count: decimal only, blanks ignored, the limits in the message")
{
  CHECK(cli::read_count("--reps", " 010 ", 1, 100) == 10);
  CHECK_THROWS_WITH_AS(cli::read_count("--reps", "0x10", 1, 100), "--reps needs a whole number from 1 to 100, not `0x10`",
                       UsageError);
  CHECK_THROWS_AS(cli::read_count("--last", "0", 1, 10'000), UsageError);
}

namespace {

// Arguments with `values` given on the command line.
cli::Arguments given(std::initializer_list<std::pair<std::string_view, std::string>> values)
{
  cli::Arguments args;
  for (const auto& [name, value] : values) {
    args.give(cli::find_option(name)->name, value);
  }
  return args;
}

} // namespace

TEST_CASE("plan_options: only what was given, read as a routine file reads it")
{
  const plan::PlanOptions none = cli::plan_options({});
  CHECK_FALSE(none.reps);
  CHECK_FALSE(none.side);
  CHECK(none.scale == 1.0);
  const plan::PlanOptions all = cli::plan_options(given({{"--reps", "2"}, {"--side", "left"}, {"--scale", "0.5"}, {"--ready", "3"}}));
  CHECK(all.reps == 2);
  CHECK(all.side == "left");
  CHECK(all.scale == 0.5);
  CHECK(all.ready == 3s);
  CHECK_FALSE(cli::plan_options(given({{"--side", "both"}})).side); // both: every side
  CHECK_THROWS_WITH_AS(cli::plan_options(given({{"--side", " "}})), "--side needs a side, such as left, right or both",
                       UsageError);
  CHECK_THROWS_WITH_AS(cli::plan_options(given({{"--scale", "half"}})),
                       "--scale needs a decimal number such as 0.5, not `half`", UsageError);
  CHECK_THROWS_WITH_AS(cli::plan_options(given({{"--ready", "1h"}})), "--ready: duration is over the limit of 10:00",
                       UsageError);
}

TEST_CASE("theme_of: as asked, else as COLORFGBG tells, else for the terminal to say")
{
  const std::map<std::string, std::string> none;
  CHECK(cli::theme_of("light", test::fake_env(none)) == render::Theme::light);
  CHECK_FALSE(cli::theme_of("auto", test::fake_env(none)));
  const std::map<std::string, std::string> light{{"COLORFGBG", "0;15"}};
  CHECK(cli::theme_of("auto", test::fake_env(light)) == render::Theme::light);
  CHECK_THROWS_WITH_AS(cli::theme_of("blue", test::fake_env(none)), "--theme: expected auto, dark or light, not `blue`",
                       UsageError);
}

TEST_CASE("color_mode_of")
{
  CHECK(cli::color_mode_of("never") == term::ColorMode::never);
  CHECK_THROWS_WITH_AS(cli::color_mode_of("blue"), "--color: expected auto, always or never, not `blue`", UsageError);
}

TEST_CASE("sound_of: --no-bell wins over the settings, clashes with the command line")
{
  CHECK_FALSE(cli::sound_of({}));
  CHECK(cli::sound_of(given({{"--sound", "tones"}})) == live::Sound::tones);
  CHECK(cli::sound_of(given({{"--sound", "bell"}})) == live::Sound::bell);
  CHECK(cli::sound_of(given({{"--no-bell", "true"}})) == live::Sound::off);
  cli::Arguments from_settings = given({{"--no-bell", "true"}});
  from_settings.settle("--sound", "tones");
  CHECK(cli::sound_of(from_settings) == live::Sound::off);
  CHECK_THROWS_WITH_AS(cli::sound_of(given({{"--sound", "tones"}, {"--no-bell", "true"}})),
                       "--no-bell means --sound off: give one or the other, not --sound tones too", UsageError);
  CHECK_THROWS_WITH_AS(cli::sound_of(given({{"--sound", "loud"}})), "--sound: expected tones, bell or off, not `loud`",
                       UsageError);
}

TEST_SUITE_END();
