// SPDX-License-Identifier: MIT
#include "cli/settings_file.h"

#include <doctest/doctest.h>

using namespace stretch;

TEST_SUITE_BEGIN("cli/settings_file");

namespace {

std::vector<std::string> read(std::string_view text)
{
  std::vector<std::string> out;
  for (const cli::Setting& setting : cli::read_settings(text, "config")) {
    out.push_back(setting.key + "=" + setting.value);
  }
  return out;
}

} // namespace

TEST_CASE("read_settings: key = value a line, comments and blanks left out, booleans as true or false")
{
  CHECK(read("# mine\n\nvoice = yes\n  sound=tones  \ntheme = \"light\"\nbig = 0\nready = 3\n")
        == std::vector<std::string>{"voice=true", "sound=tones", "theme=light", "big=false", "ready=3"});
  CHECK(read("").empty());
}

TEST_CASE("read_settings: a file from another system: CRLF line ends, a byte-order mark, True and OFF")
{
  CHECK(read("\xef\xbb\xbfvoice = True\r\nsound = tones\r\n\r\n# note\r\nbig = OFF\r\n")
        == std::vector<std::string>{"voice=true", "sound=tones", "big=false"});
  CHECK_THROWS_WITH_AS(read("voice = true\r\nsond = tones\r\n"),
                       "config:2: error: unknown setting `sond`; the settings are ready, color, theme, sound, plain, "
                       "big, voice, vibrate, history-dir, device",
                       cli::SettingsError);
}

TEST_CASE("read_settings: every mistake as FILE:LINE: error: ...")
{
  CHECK_THROWS_WITH_AS(read("voice = true\nvoice = false\n"), "config:2: error: `voice` is set already, on line 1",
                       cli::SettingsError);
  CHECK_THROWS_WITH_AS(read("loud = yes\n"),
                       "config:1: error: unknown setting `loud`; the settings are ready, color, theme, sound, plain, "
                       "big, voice, vibrate, history-dir, device",
                       cli::SettingsError);
  CHECK_THROWS_WITH_AS(read("[stretch]\n"), "config:1: error: sections are not settings: write `key = value` lines",
                       cli::SettingsError);
  CHECK_THROWS_WITH_AS(read("\nvoice\n"), "config:2: error: expected `key = value`, such as `voice = true`",
                       cli::SettingsError);
  CHECK_THROWS_WITH_AS(read("sound = loud\n"), "config:1: error: sound: expected tones, bell or off, not `loud`",
                       cli::SettingsError);
  CHECK_THROWS_WITH_AS(read(std::string(cli::k_max_settings_size + 1, '#')),
                       "config: error: the file is too large; the limit is 64 KiB", cli::SettingsError);
  // A value from a stranger never reaches the terminal raw.
  CHECK_THROWS_WITH_AS(read("theme = \x1b[31m\n"), "config:1: error: theme: expected auto, dark or light, not `^[[31m`",
                       cli::SettingsError);
}

TEST_CASE("setting_keys: the keys in the order of the options, as the manual lists them")
{
  CHECK(cli::setting_keys() == std::vector<std::string_view>{"ready", "color", "theme", "sound", "plain", "big", "voice", "vibrate", "history-dir", "device"});
}

TEST_SUITE_END();
