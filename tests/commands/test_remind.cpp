// SPDX-License-Identifier: MIT
#include "commands/remind.h"

#include "error.h"
#include "support/command_fixture.h"
#include "support/read_text.h"

#include <doctest/doctest.h>

using namespace stretch;
using Action = commands::RemindOptions::Action;

namespace {

// A systemd that records what it was asked.
struct FakeSystemd
{
  std::vector<std::string> calls;
  commands::SystemdIo io;

  explicit FakeSystemd(const std::filesystem::path& units, bool available = true)
  {
    io.available = available;
    io.unit_dir = units;
    io.notifier = "/usr/bin/notify-send";
    io.bus = "unix:path=/run/user/1000/bus";
    io.systemctl = [this](const std::vector<std::string>& args) -> util::Expected<int> {
      std::string call;
      for (const auto& arg : args) {
        call += (call.empty() ? "" : " ") + arg;
      }
      calls.push_back(call);
      return 0;
    };
  }
};

} // namespace

TEST_SUITE_BEGIN("commands/remind");

TEST_CASE("remind_command")
{
  test::CommandFixture f;
  const auto units = f.dir.path() / "config/systemd/user";
  FakeSystemd systemd(units);
  SUBCASE("add: the timer and service written, the timer enabled")
  {
    CHECK(commands::remind_command(f.context(), {Action::add, "daily", "07:30", true}, systemd.io) == 0);
    CHECK(test::read_text(units / "stretch-remind-daily.timer").find("OnCalendar=Mon..Fri *-*-* 07:30:00\n")
          != std::string::npos);
    CHECK(test::read_text(units / "stretch-remind-daily.service").find("ExecStart=\"/usr/bin/notify-send\" ") != std::string::npos);
    CHECK(systemd.calls == std::vector<std::string>{"daemon-reload", "enable --now stretch-remind-daily.timer"});
    CHECK(f.out.text() == "A reminder to run `stretch daily` 07:30 on weekdays: " + (units / "stretch-remind-daily.timer").string() + "\n");
    SUBCASE("list, then remove")
    {
      f.out = {};
      CHECK(commands::remind_command(f.context(), {Action::list}, systemd.io) == 0);
      CHECK(f.out.text() == "daily  07:30 on weekdays\n");
      systemd.calls.clear();
      CHECK(commands::remind_command(f.context(), {Action::remove, "daily"}, systemd.io) == 0);
      CHECK(systemd.calls == std::vector<std::string>{"disable --now stretch-remind-daily.timer", "daemon-reload"});
      CHECK_FALSE(std::filesystem::exists(units / "stretch-remind-daily.timer"));
      CHECK_FALSE(std::filesystem::exists(units / "stretch-remind-daily.service"));
    }
  }
  SUBCASE("an alias is the routine's own name in the units")
  {
    CHECK(commands::remind_command(f.context(), {Action::add, "toe", "19:00"}, systemd.io) == 0);
    CHECK(std::filesystem::exists(units / "stretch-remind-big-toe.timer"));
  }
  SUBCASE("without a systemd user instance: a crontab line to add, and nothing written")
  {
    FakeSystemd none(units, false);
    CHECK(commands::remind_command(f.context(), {Action::add, "daily", "07:30"}, none.io) == 0);
    CHECK(f.out.text().find("30 7 * * * DBUS_SESSION_BUS_ADDRESS='unix:path=/run/user/1000/bus' '/usr/bin/notify-send'")
          != std::string::npos);
    CHECK(none.calls.empty());
    CHECK_FALSE(std::filesystem::exists(units));
  }
  SUBCASE("mistakes")
  {
    CHECK_THROWS_AS(commands::remind_command(f.context(), {Action::add, "nope", "07:30"}, systemd.io), UsageError);
    CHECK_THROWS_AS(commands::remind_command(f.context(), {Action::add, "daily", "7h30"}, systemd.io), UsageError);
    CHECK_THROWS_AS(commands::remind_command(f.context(), {Action::remove, "daily"}, systemd.io), UsageError);
    CHECK(systemd.calls.empty());
  }
  SUBCASE("no notification program, or one whose path no unit could hold: an error, nothing written")
  {
    systemd.io.notifier.reset();
    CHECK_THROWS_WITH_AS(commands::remind_command(f.context(), {Action::add, "daily", "07:30"}, systemd.io),
                         "no program to show a notification with: install one of notify-send, termux-notification, "
                         "osascript (on Debian, `apt install libnotify-bin`)",
                         Error);
    systemd.io.notifier = "/home/me/bin\n[Service]/notify-send";
    CHECK_THROWS_AS(commands::remind_command(f.context(), {Action::add, "daily", "07:30"}, systemd.io), Error);
    CHECK(systemd.calls.empty());
    CHECK_FALSE(std::filesystem::exists(units));
  }
  SUBCASE("systemctl failing is an error")
  {
    systemd.io.systemctl = [](const std::vector<std::string>&) -> util::Expected<int> { return 1; };
    CHECK_THROWS_WITH_AS(commands::remind_command(f.context(), {Action::add, "daily", "07:30"}, systemd.io),
                         "`systemctl --user daemon-reload` failed with status 1", Error);
  }
}

TEST_SUITE_END();
