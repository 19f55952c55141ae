// SPDX-License-Identifier: MIT
#include "remind/crontab.h"

#include <doctest/doctest.h>

using namespace stretch;
using namespace stretch::remind;

TEST_SUITE_BEGIN("remind/crontab");

TEST_CASE("cron_quoted: what sh and cron read is the word as written")
{
  CHECK(cron_quoted("plain") == "'plain'");
  CHECK(cron_quoted("it's") == "'it'\\''s'");
  // cron turns an unescaped % into a line break and eats a backslash before a %.
  CHECK(cron_quoted("100%") == "'100\\%'");
  CHECK(cron_quoted("a\\b") == "'a'\"\\\\\"'b'");
  CHECK(cron_quoted("a\\%b") == "'a'\"\\\\\"'\\%b'");
}

TEST_CASE("crontab_line: quoted words, the bus in the environment, a marker at the end")
{
  const auto line = crontab_line("daily", {7, 30, true}, "/usr/bin/notify-send", "unix:path=/run/user/1000/bus");
  REQUIRE(line);
  CHECK(*line == "30 7 * * 1-5 DBUS_SESSION_BUS_ADDRESS='unix:path=/run/user/1000/bus' '/usr/bin/notify-send' "
                 "'--app-name=stretch' 'Time to stretch: daily' 'Run: stretch daily' # stretch-remind daily");
  const auto osascript = crontab_line("calf", {19, 5, false}, "/usr/bin/osascript", "");
  REQUIRE(osascript);
  CHECK(*osascript == "5 19 * * * '/usr/bin/osascript' '-e' 'display notification \"Run: stretch calf\" with title "
                      "\"Time to stretch: calf\"' # stretch-remind calf");
  SUBCASE("control characters are refused, in the program's path and in the bus alike")
  {
    CHECK_FALSE(crontab_line("daily", {7, 30, false}, "/opt/bin\n* * * * * rm/notify-send", ""));
    const auto bus = crontab_line("daily", {7, 30, false}, "/usr/bin/notify-send", "unix:path=/run/bus\n* * * * * x");
    REQUIRE_FALSE(bus);
    CHECK(bus.error() == "`unix:path=/run/bus^J* * * * * x` holds a control character, which a crontab line cannot hold");
    CHECK_FALSE(crontab_line("daily", {7, 30, false}, "/usr/bin/notify-send", "a\tb"));
  }
  SUBCASE("a line longer than cron reads is refused")
  {
    const auto long_line = crontab_line("daily", {7, 30, false}, "/" + std::string(1000, 'x') + "/notify-send", "");
    REQUIRE_FALSE(long_line);
    CHECK(long_line.error().find("more than cron reads") != std::string::npos);
  }
}

namespace {

// The line `crontab_line` writes for `routine` at `hour`:`minute`.
std::string line_of(std::string_view routine, int hour, int minute, bool weekdays = false, std::string_view bus = "")
{
  return *crontab_line(routine, {hour, minute, weekdays}, "/usr/bin/notify-send", bus);
}

} // namespace

TEST_CASE("read_crontab finds stretch's lines and reads their times back, and no other line")
{
  const std::string text = "# m h dom mon dow command\n"
                           "MAILTO=me@example.org\n" +
                           line_of("daily", 7, 30, true, "unix:path=/run/user/1000/bus") + "\n"
                           "# " + line_of("calf", 8, 0) + "\n" +
                           line_of("big-toe", 19, 5) + "\r\n"
                           "*/5 * * * * backup.sh # stretch-remind weird\n"
                           "0 9 * * * other # stretch-remind bad%name\n"
                           "0 6 * * * '/usr/bin/notify-send' 'mine' # stretch-remind calf\n";
  const auto found = read_crontab(text);
  REQUIRE(found.size() == 2);
  CHECK(found[0].routine == "daily");
  CHECK(found[0].schedule.hour == 7);
  CHECK(found[0].schedule.minute == 30);
  CHECK(found[0].schedule.weekdays);
  CHECK(found[1].routine == "big-toe");
  CHECK_FALSE(found[1].schedule.weekdays);
}

TEST_CASE("with_reminder and without_reminder keep every other byte")
{
  const std::string theirs = "# keep me  \n\nMAILTO=\"\"\n0 3 * * * backup.sh % with input\n";
  const std::string line = line_of("daily", 7, 30);
  SUBCASE("added at the end, replaced in place of the old one, removed")
  {
    const std::string added = with_reminder(theirs, "daily", line);
    CHECK(added == theirs + line + "\n");
    const std::string replaced = with_reminder(added, "daily", line_of("daily", 8, 0));
    CHECK(replaced == theirs + line_of("daily", 8, 0) + "\n");
    CHECK(without_reminder(replaced, "daily") == theirs);
    CHECK(without_reminder(replaced, "calf") == replaced);
  }
  SUBCASE("a crontab without a last line end gets one before the new line")
  {
    CHECK(with_reminder("0 3 * * * backup.sh", "daily", line) == "0 3 * * * backup.sh\n" + line + "\n");
    CHECK(with_reminder("", "daily", line) == line + "\n");
  }
  SUBCASE("another routine's line stays")
  {
    const std::string both = with_reminder(with_reminder(theirs, "daily", line), "calf", line_of("calf", 1, 2));
    CHECK(without_reminder(both, "daily") == theirs + line_of("calf", 1, 2) + "\n");
  }
  SUBCASE("a line of odd paths and a bus with quotes, backslashes and percents is read back as stretch's own")
  {
    const std::string odd = *crontab_line("daily", {7, 30, true}, "/tmp/my 100% 'odd' \\%$HOME bin/notify-send",
                                          "unix:path=/tmp/it's 50%\\bus");
    CHECK(read_crontab(theirs + odd + "\n").size() == 1);
    CHECK(without_reminder(theirs + odd + "\n", "daily") == theirs);
  }
  SUBCASE("a line of the user's own that merely ends like one of stretch's stays, byte for byte")
  {
    const std::string mine = theirs + "0 6 * * * /home/me/run-calf.sh # stretch-remind calf\n"
                             "0 7 * * * '/usr/bin/notify-send' 'Stretch!' # stretch-remind calf\n";
    CHECK(without_reminder(mine, "calf") == mine);
    CHECK(read_crontab(mine).empty());
  }
}

TEST_CASE("says_no_crontab tells an empty crontab from an unreadable one")
{
  CHECK(says_no_crontab("no crontab for runner\n"));
  CHECK(says_no_crontab("crontab: no crontab for runner\n"));
  CHECK(says_no_crontab("crontab: can't open 'runner': No such file or directory\n"));
  CHECK_FALSE(says_no_crontab("crontab: your UID isn't in the passwd file. bailing out.\n"));
  CHECK_FALSE(says_no_crontab("You (runner) are not allowed to use this program (crontab)\n"));
  CHECK_FALSE(says_no_crontab(""));
}

TEST_SUITE_END();
