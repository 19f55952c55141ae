// SPDX-License-Identifier: MIT
#include "remind/units.h"

#include <doctest/doctest.h>

using namespace stretch;
using namespace stretch::remind;

TEST_SUITE_BEGIN("remind/units");

TEST_CASE("timer_unit and service_unit")
{
  const std::string timer = timer_unit("daily", {7, 30, true});
  CHECK(timer.find("\n[Timer]\nOnCalendar=Mon..Fri *-*-* 07:30:00\nPersistent=true\n") != std::string::npos);
  CHECK(timer.find("\n[Install]\nWantedBy=timers.target\n") != std::string::npos);
  const std::string service = *service_unit("daily", "/usr/bin/notify-send");
  CHECK(service.find("\n[Service]\nType=oneshot\nExecStart=\"/usr/bin/notify-send\" \"--app-name=stretch\" "
                     "\"Time to stretch: daily\" \"Run: stretch daily\"\n")
        != std::string::npos);
  // systemd expands `%` specifiers and `$` variables, and reads `\` escapes: none here.
  CHECK(service_unit("daily", "/home/me/100% my $bin;/notify-send")->find("ExecStart=\"/home/me/100%% my $bin;/notify-send\" ")
        != std::string::npos);
  // An argument may hold quotes and backslashes, escaped; the program's path may not.
  CHECK(service_unit("dai.ly", "/usr/bin/osascript")->find("\"display notification \\\"Run: stretch dai.ly\\\" ")
        != std::string::npos);
  for (const char* path : {"/home/me/\"my\"/notify-send", "/home/it's/notify-send", "/home/a\\b/notify-send"}) {
    CAPTURE(path);
    CHECK_FALSE(service_unit("daily", path));
  }
  // systemd wants a normalized path, and cannot hold a control character or bytes that are
  // not UTF-8.
  CHECK(service_unit("daily", "/usr/./bin//notify-send")->find("ExecStart=\"/usr/bin/notify-send\" ") != std::string::npos);
  CHECK_FALSE(service_unit("daily", "/usr/bin\n[Service]/notify-send"));
  CHECK_FALSE(service_unit("daily", "/usr/b\xffin/notify-send"));
  const auto back = read_timer(timer);
  REQUIRE(back);
  CHECK(back->first == "daily");
  CHECK(back->second.hour == 7);
  CHECK(back->second.weekdays);
  CHECK_FALSE(read_timer("[Timer]\nOnCalendar=hourly\n"));
}

TEST_CASE("check_reminder_name keeps unit names plain")
{
  CHECK_FALSE(check_reminder_name("my-calf_2.b"));
  CHECK(check_reminder_name("calf%h"));
  CHECK(check_reminder_name("ca$lf"));
  CHECK(check_reminder_name("caf\xc3\xa9"));
  CHECK(unit_stem("daily") == "stretch-remind-daily");
}

TEST_CASE("notification_argv: notify-send, Termux and macOS each in their own words")
{
  CHECK(notification_argv("calf", "/usr/bin/notify-send")
        == std::vector<std::string>{"/usr/bin/notify-send", "--app-name=stretch", "Time to stretch: calf", "Run: stretch calf"});
  CHECK(notification_argv("calf", "/data/data/com.termux/files/usr/bin/termux-notification")
        == std::vector<std::string>{"/data/data/com.termux/files/usr/bin/termux-notification", "--title",
                                    "Time to stretch: calf", "--content", "Run: stretch calf"});
  CHECK(notification_argv("calf", "/usr/bin/osascript")
        == std::vector<std::string>{"/usr/bin/osascript", "-e",
                                    "display notification \"Run: stretch calf\" with title \"Time to stretch: calf\""});
}

TEST_SUITE_END();
