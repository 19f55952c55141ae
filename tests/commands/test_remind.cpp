// SPDX-License-Identifier: MIT
#include "commands/remind.h"

#include "error.h"
#include "remind/crontab.h"
#include "support/command_fixture.h"
#include "support/read_text.h"

#include <doctest/doctest.h>

using namespace stretch;
using Action = commands::RemindOptions::Action;

namespace {

// A systemd and a cron that record what they were asked, and fail when told to.
struct FakeWorld
{
  std::vector<std::string> calls;
  std::optional<std::string> crontab; // the user's crontab; nullopt: none yet
  std::string fail_systemctl;         // the systemctl command that fails, as "enable"
  bool crontab_unreadable = false;
  bool crontab_refuses = false;
  std::vector<std::string> disabled; // timers reported as not enabled
  commands::RemindIo io;

  FakeWorld(const std::filesystem::path& units, bool systemd, bool cron)
  {
    io.systemd = systemd;
    io.cron = cron;
    io.unit_dir = units;
    io.notifier = "/usr/bin/notify-send";
    io.bus = "unix:path=/run/user/1000/bus";
    io.systemctl = [this](const std::vector<std::string>& args) -> util::Expected<int> {
      std::string call = "systemctl";
      for (const auto& arg : args) {
        call += " " + arg;
      }
      calls.push_back(call);
      if (args[0] == fail_systemctl) {
        return 1;
      }
      if (args[0] == "is-enabled") {
        return std::find(disabled.begin(), disabled.end(), args[1]) == disabled.end() ? 0 : 1;
      }
      return 0;
    };
    io.crontab = [this](const std::vector<std::string>& args, std::string_view input) -> util::Expected<util::Captured> {
      calls.push_back("crontab " + args[0]);
      if (args[0] == "-l") {
        if (crontab_unreadable) {
          return util::Captured{1, "", "crontab: your UID isn't in the passwd file. bailing out.\n"};
        }
        return crontab ? util::Captured{0, *crontab, ""} : util::Captured{1, "", "no crontab for runner\n"};
      }
      if (crontab_refuses) {
        return util::Captured{1, "", "\"-\":1: bad minute\nerrors in crontab file, can't install.\n"};
      }
      crontab = std::string(input);
      return util::Captured{0, "", ""};
    };
  }
};

} // namespace

TEST_SUITE_BEGIN("commands/remind");

TEST_CASE("remind_command with a systemd user instance")
{
  test::CommandFixture f;
  const auto units = f.dir.path() / "config/systemd/user";
  FakeWorld world(units, true, false);
  SUBCASE("add: the timer and service written, the timer enabled")
  {
    CHECK(commands::remind_command(f.context(), {Action::add, "daily", "07:30", true}, world.io) == 0);
    CHECK(test::read_text(units / "stretch-remind-daily.timer").find("OnCalendar=Mon..Fri *-*-* 07:30:00\n")
          != std::string::npos);
    CHECK(test::read_text(units / "stretch-remind-daily.service").find("ExecStart=\"/usr/bin/notify-send\" ") != std::string::npos);
    CHECK(world.calls == std::vector<std::string>{"systemctl daemon-reload", "systemctl enable --now stretch-remind-daily.timer"});
    CHECK(f.out.text() == "A reminder to run `stretch daily` 07:30 on weekdays: " + (units / "stretch-remind-daily.timer").string() + "\n");
    SUBCASE("list, then remove")
    {
      f.out = {};
      CHECK(commands::remind_command(f.context(), {Action::list}, world.io) == 0);
      CHECK(f.out.text() == "daily  07:30 on weekdays  (systemd timer)\n");
      f.out = {};
      CHECK(commands::remind_command(f.context(), {.action = Action::list, .names_only = true}, world.io) == 0);
      CHECK(f.out.text() == "daily\n");
      world.calls.clear();
      CHECK(commands::remind_command(f.context(), {Action::remove, "daily"}, world.io) == 0);
      CHECK(world.calls == std::vector<std::string>{"systemctl disable --now stretch-remind-daily.timer", "systemctl daemon-reload"});
      CHECK_FALSE(std::filesystem::exists(units / "stretch-remind-daily.timer"));
      CHECK_FALSE(std::filesystem::exists(units / "stretch-remind-daily.service"));
    }
    SUBCASE("a timer that is not enabled is not listed: it reminds of nothing")
    {
      world.disabled = {"stretch-remind-daily.timer"};
      f.out = {};
      CHECK(commands::remind_command(f.context(), {Action::list}, world.io) == 0);
      CHECK(f.out.text() == "No reminders. Add one like this: stretch remind daily 07:30\n");
    }
  }
  SUBCASE("an alias is the routine's own name in the units, for add and remove")
  {
    CHECK(commands::remind_command(f.context(), {Action::add, "toe", "19:00"}, world.io) == 0);
    CHECK(std::filesystem::exists(units / "stretch-remind-big-toe.timer"));
    CHECK(commands::remind_command(f.context(), {Action::remove, "toe"}, world.io) == 0);
    CHECK_FALSE(std::filesystem::exists(units / "stretch-remind-big-toe.timer"));
  }
  SUBCASE("enabling fails: nothing is left behind")
  {
    world.fail_systemctl = "enable";
    CHECK_THROWS_WITH_AS(commands::remind_command(f.context(), {Action::add, "daily", "07:30"}, world.io),
                         "`systemctl --user enable --now stretch-remind-daily.timer` failed with status 1", Error);
    CHECK_FALSE(std::filesystem::exists(units / "stretch-remind-daily.timer"));
    CHECK_FALSE(std::filesystem::exists(units / "stretch-remind-daily.service"));
    CHECK(world.calls.back() == "systemctl daemon-reload");
    f.out = {};
    commands::remind_command(f.context(), {Action::list}, world.io);
    CHECK(f.out.text().find("No reminders") == 0);
  }
  SUBCASE("changing a reminder fails: the one before stays as it was")
  {
    CHECK(commands::remind_command(f.context(), {Action::add, "daily", "07:30"}, world.io) == 0);
    const std::string before = test::read_text(units / "stretch-remind-daily.timer");
    world.fail_systemctl = "daemon-reload";
    CHECK_THROWS_AS(commands::remind_command(f.context(), {Action::add, "daily", "19:00"}, world.io), Error);
    CHECK(test::read_text(units / "stretch-remind-daily.timer") == before);
  }
  SUBCASE("mistakes")
  {
    CHECK_THROWS_AS(commands::remind_command(f.context(), {Action::add, "nope", "07:30"}, world.io), UsageError);
    CHECK_THROWS_AS(commands::remind_command(f.context(), {Action::add, "daily", "7h30"}, world.io), UsageError);
    CHECK_THROWS_WITH_AS(commands::remind_command(f.context(), {Action::remove, "daily"}, world.io),
                         "no reminder for `daily`; `stretch remind list` shows them", UsageError);
    CHECK(world.calls.empty());
  }
  SUBCASE("no notification program, or one whose path no unit could hold: an error, nothing written")
  {
    world.io.notifier.reset();
    CHECK_THROWS_WITH_AS(commands::remind_command(f.context(), {Action::add, "daily", "07:30"}, world.io),
                         "no program to show a notification with: install one of notify-send, termux-notification, "
                         "osascript (on Debian, `apt install libnotify-bin`)",
                         Error);
    world.io.notifier = "/home/me/bin\n[Service]/notify-send";
    CHECK_THROWS_AS(commands::remind_command(f.context(), {Action::add, "daily", "07:30"}, world.io), Error);
    CHECK(world.calls.empty());
    CHECK_FALSE(std::filesystem::exists(units));
  }
}

TEST_CASE("remind_command with cron and no systemd user instance")
{
  test::CommandFixture f;
  const auto units = f.dir.path() / "config/systemd/user";
  FakeWorld world(units, false, true);
  const std::string theirs = "# my jobs\nMAILTO=me@example.org\n0 3 * * * backup.sh\n";
  SUBCASE("add: a line in the user's crontab, after every line of theirs")
  {
    world.crontab = theirs;
    CHECK(commands::remind_command(f.context(), {Action::add, "daily", "07:30", true}, world.io) == 0);
    CHECK(world.calls == std::vector<std::string>{"crontab -l", "crontab -"});
    CHECK(*world.crontab
          == theirs + "30 7 * * 1-5 DBUS_SESSION_BUS_ADDRESS='unix:path=/run/user/1000/bus' '/usr/bin/notify-send' "
                      "'--app-name=stretch' 'Time to stretch: daily' 'Run: stretch daily' # stretch-remind daily\n");
    CHECK(f.out.text() == "A reminder to run `stretch daily` 07:30 on weekdays, in your crontab (`crontab -l` shows it)\n");
    CHECK_FALSE(std::filesystem::exists(units));
    SUBCASE("added again: replaced, not doubled")
    {
      CHECK(commands::remind_command(f.context(), {Action::add, "daily", "19:05"}, world.io) == 0);
      CHECK(world.crontab->find("30 7 * * 1-5") == std::string::npos);
      CHECK(world.crontab->find("5 19 * * * ") != std::string::npos);
    }
    SUBCASE("listed, then removed: the crontab as it was")
    {
      f.out = {};
      CHECK(commands::remind_command(f.context(), {Action::list}, world.io) == 0);
      CHECK(f.out.text() == "daily  07:30 on weekdays  (crontab)\n");
      CHECK(commands::remind_command(f.context(), {Action::remove, "daily"}, world.io) == 0);
      CHECK(*world.crontab == theirs);
    }
  }
  SUBCASE("a user without a crontab gets one")
  {
    CHECK(commands::remind_command(f.context(), {Action::add, "calf", "19:05"}, world.io) == 0);
    CHECK(world.crontab->starts_with("5 19 * * * "));
  }
  SUBCASE("a crontab that cannot be read is never taken for an empty one")
  {
    world.crontab = theirs;
    world.crontab_unreadable = true;
    CHECK_THROWS_WITH_AS(commands::remind_command(f.context(), {Action::add, "daily", "07:30"}, world.io),
                         "`crontab -l` failed with status 1: crontab: your UID isn't in the passwd file. bailing out.",
                         Error);
    CHECK(*world.crontab == theirs);
    CHECK(world.calls == std::vector<std::string>{"crontab -l"});
  }
  SUBCASE("crontab refusing the new one: an error, and the old one stays")
  {
    world.crontab = theirs;
    world.crontab_refuses = true;
    CHECK_THROWS_WITH_AS(commands::remind_command(f.context(), {Action::add, "daily", "07:30"}, world.io),
                         "`crontab -` failed with status 1: \"-\":1: bad minute", Error);
    CHECK(*world.crontab == theirs);
  }
  SUBCASE("a bus address with a control character is refused")
  {
    world.io.bus = "unix:path=/run/bus\n* * * * * rm -rf ~";
    CHECK_THROWS_AS(commands::remind_command(f.context(), {Action::add, "daily", "07:30"}, world.io), Error);
    CHECK_FALSE(world.crontab);
  }
  SUBCASE("a timer left from when systemd ran is listed as such, and removed with the crontab line")
  {
    f.dir.write("config/systemd/user/stretch-remind-calf.timer",
                "# routine: calf\n[Timer]\nOnCalendar=*-*-* 08:00:00\n");
    world.crontab = theirs;
    CHECK(commands::remind_command(f.context(), {Action::list}, world.io) == 0);
    CHECK(f.out.text() == "calf  08:00 every day  (systemd timer, when systemd runs)\n");
    CHECK(commands::remind_command(f.context(), {Action::remove, "calf"}, world.io) == 0);
    CHECK_FALSE(std::filesystem::exists(units / "stretch-remind-calf.timer"));
    CHECK(*world.crontab == theirs);
  }
}

TEST_CASE("remind_command with neither systemd nor cron")
{
  test::CommandFixture f;
  FakeWorld world(f.dir.path() / "units", false, false);
  CHECK_THROWS_WITH_AS(commands::remind_command(f.context(), {Action::add, "daily", "07:30"}, world.io),
                       "no way to be reminded here: no systemd user instance runs, and there is no crontab program "
                       "in PATH (on Termux, `pkg install cronie termux-services`, then `sv-enable crond`)",
                       Error);
  CHECK(world.calls.empty());
}

TEST_CASE("remind_command: systemd after cron, one reminder")
{
  test::CommandFixture f;
  const auto units = f.dir.path() / "config/systemd/user";
  FakeWorld world(units, true, true);
  world.crontab = *remind::crontab_line("daily", {7, 30, false}, "/usr/bin/notify-send", "unix:path=/run/user/1000/bus") + "\n";
  CHECK(commands::remind_command(f.context(), {Action::add, "daily", "08:00"}, world.io) == 0);
  CHECK(world.crontab == "");
  CHECK(std::filesystem::exists(units / "stretch-remind-daily.timer"));
}

TEST_SUITE_END();
