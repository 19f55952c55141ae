// SPDX-License-Identifier: MIT
// Reminders as a user sets them up: the real binary writes systemd user units (checked by
// systemd-analyze where it is installed) and runs systemctl, never a shell; without a
// systemd user instance, it edits the user's crontab through a crontab program, and the
// line it writes does what it should once cron and sh have read it.
#include "e2e/cli_fixture.h"
#include "support/read_text.h"

#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace stretch::test;

namespace {

// A notification program at `path` that writes each of its arguments, and the bus
// address it was given, a line each, to `log`.
void write_notifier(const CliFixture& f, const std::filesystem::path& path, const std::filesystem::path& log)
{
  f.home.write(path, "#!/bin/sh\nfor word in \"$@\"; do printf '%s\\n' \"$word\"; done > '" + log.string()
                       + "'\nprintf 'bus=%s\\n' \"$DBUS_SESSION_BUS_ADDRESS\" >> '" + log.string() + "'\n");
  ::chmod(path.c_str(), 0755);
}

// A crontab program that keeps the user's crontab in a file of the test's: `-l` prints
// it (or says there is none, as cron does), `-` replaces it with its input.
std::filesystem::path write_crontab(const CliFixture& f, const std::filesystem::path& table)
{
  const auto program = f.home.write("bin/crontab", "#!/bin/sh\n"
                                                   "case \"$1\" in\n"
                                                   "-l) [ -f '" + table.string() + "' ] || { echo 'no crontab for runner' >&2; exit 1; }\n"
                                                   "    exec /bin/cat '" + table.string() + "' ;;\n"
                                                   "-) exec /bin/cat > '" + table.string() + "' ;;\n"
                                                   "esac\nexit 2\n");
  ::chmod(program.c_str(), 0755);
  return program;
}

// What cron hands to sh for the command of crontab `line`: the text after the five time
// fields, a `\%` made `%`, and everything from the first other `%` on left out (cron makes
// it standard input), as Vixie cron and cronie do.
std::string cron_command(const std::string& line)
{
  std::size_t start = 0;
  for (int field = 0; field < 5; ++field) {
    start = line.find(' ', start) + 1;
  }
  std::string command;
  bool escaped = false;
  for (const char c : line.substr(start)) {
    if (escaped) {
      if (c == '%') {
        command.back() = '%';
      } else {
        command += c;
      }
      escaped = false;
      continue;
    }
    if (c == '%') {
      break;
    }
    command += c;
    escaped = c == '\\';
  }
  return command;
}

} // namespace

TEST_SUITE_BEGIN("e2e/remind");

TEST_CASE("stretch remind daily 07:30 --weekdays, then list and remove")
{
  CliFixture f;
  // A systemd user instance: its socket, and a systemctl that logs what it is asked.
  f.home.write("run/systemd/private", "");
  const auto log = f.home.path() / "systemctl.log";
  const auto systemctl = f.home.write("bin/systemctl", "#!/bin/sh\necho \"$@\" >> '" + log.string() + "'\n");
  // A path systemd reads specially in every way it takes in a program's path: `%`
  // specifiers, `$` variables, a `;` that could end a command, blanks.
  const auto notify_send = f.home.path() / "my 100% $HOME ; bin/notify-send";
  write_notifier(f, notify_send, f.home.path() / "notified.log");
  ::chmod(systemctl.c_str(), 0755);
  f.env["XDG_RUNTIME_DIR"] = (f.home.path() / "run").string();
  f.env["PATH"] = (f.home.path() / "bin").string() + ":" + notify_send.parent_path().string();

  const auto added = f.run({"remind", "daily", "07:30", "--weekdays"});
  CHECK(added.status == 0);
  const auto units = f.home.path() / ".config/systemd/user";
  CHECK(added.out == "A reminder to run `stretch daily` 07:30 on weekdays: " + (units / "stretch-remind-daily.timer").string() + "\n");
  CHECK(read_text(log) == "--user --quiet daemon-reload\n--user --quiet enable --now stretch-remind-daily.timer\n");
  CHECK(read_text(units / "stretch-remind-daily.service").find("ExecStart=\"" + f.home.path().string() + "/my 100%% $HOME ; bin/notify-send\" \"--app-name=stretch\"")
        != std::string::npos);
  if (::access("/usr/bin/systemd-analyze", X_OK) == 0) {
    const auto verify = run_process({"/usr/bin/systemd-analyze", "verify", (units / "stretch-remind-daily.timer").string(),
                                     (units / "stretch-remind-daily.service").string()},
                                    {{{"PATH", f.sandbox.bin().string()}}});
    CAPTURE(verify.err);
    CHECK(verify.status == 0);
  } else {
    MESSAGE("systemd-analyze is not installed: the units are not verified");
  }

  const auto listed = f.run({"remind", "list"});
  CHECK(listed.out == "daily  07:30 on weekdays  (systemd timer)\n");
  CHECK(f.run({"remind", "list", "--names"}).out == "daily\n");
  CHECK(f.run({"remind", "remove", "daily"}).status == 0);
  CHECK_FALSE(std::filesystem::exists(units / "stretch-remind-daily.timer"));
  CHECK(f.run({"remind", "list"}).out.find("No reminders") == 0);
  const auto no_time = f.run({"remind", "daily"});
  CHECK(no_time.status == 2);
  CHECK(no_time.err == "stretch: error: `stretch remind daily` needs a time of day, as in `stretch remind daily 07:30`\n");
}

TEST_CASE("when systemctl cannot enable the timer, nothing is left behind")
{
  CliFixture f;
  f.home.write("run/systemd/private", "");
  const auto systemctl = f.home.write("bin/systemctl", "#!/bin/sh\n[ \"$3\" = enable ] && { echo 'Failed to enable' >&2; exit 1; }\nexit 0\n");
  ::chmod(systemctl.c_str(), 0755);
  write_notifier(f, f.home.path() / "bin/notify-send", f.home.path() / "notified.log");
  const auto r = f.run({"remind", "calf", "19:05"});
  CHECK(r.status == 1);
  CHECK(r.err.ends_with("stretch: error: `systemctl --user enable --now stretch-remind-calf.timer` failed with status 1\n"));
  CHECK_FALSE(std::filesystem::exists(f.home.path() / ".config/systemd/user/stretch-remind-calf.timer"));
  CHECK_FALSE(std::filesystem::exists(f.home.path() / ".config/systemd/user/stretch-remind-calf.service"));
  CHECK(f.run({"remind", "list"}).out.find("No reminders") == 0);
}

TEST_CASE("without a systemd user instance: a line in the user's crontab, theirs kept byte for byte")
{
  CliFixture f;
  f.env.erase("XDG_RUNTIME_DIR");
  const auto table = f.home.path() / "crontab.txt";
  const std::string theirs = "# m h dom mon dow command\nMAILTO=\"\"\n0 3 * * * /usr/bin/backup --quiet % input\n\n";
  f.home.write("crontab.txt", theirs);
  write_crontab(f, table);
  // A notifier and a bus whose values cron and sh would each mangle if not written right.
  const auto notify_send = f.home.path() / "my 100% 'odd' \\%$HOME bin/notify-send";
  const auto notified = f.home.path() / "notified.log";
  write_notifier(f, notify_send, notified);
  f.env["PATH"] = f.sandbox.bin().string() + ":" + notify_send.parent_path().string();
  f.env["DBUS_SESSION_BUS_ADDRESS"] = "unix:path=/tmp/it's 50%\\bus";

  const auto added = f.run({"remind", "daily", "07:30", "--weekdays"});
  CAPTURE(added.err);
  REQUIRE(added.status == 0);
  CHECK(added.out == "A reminder to run `stretch daily` 07:30 on weekdays, in your crontab (`crontab -l` shows it)\n");
  const std::string table_text = read_text(table);
  REQUIRE(table_text.starts_with(theirs));
  const std::string line = table_text.substr(theirs.size(), table_text.size() - theirs.size() - 1);
  CHECK(line.starts_with("30 7 * * 1-5 "));
  CHECK(line.ends_with(" # stretch-remind daily"));

  // Run as cron would run it: every word arrives as it was meant.
  const auto ran = run_process({"/bin/sh", "-c", cron_command(line)}, {{{"PATH", f.sandbox.bin().string()}}});
  CHECK(ran.status == 0);
  CHECK(read_text(notified) == "--app-name=stretch\nTime to stretch: daily\nRun: stretch daily\nbus=unix:path=/tmp/it's 50%\\bus\n");

  CHECK(f.run({"remind", "list"}).out == "daily  07:30 on weekdays  (crontab)\n");
  CHECK(f.run({"remind", "remove", "daily"}).status == 0);
  CHECK(read_text(table) == theirs);
  const auto again = f.run({"remind", "remove", "daily"});
  CHECK(again.status == 2);
  CHECK(again.err == "stretch: error: no reminder for `daily`; `stretch remind list` shows them\n");
}

TEST_CASE("a bus address with a line break is refused, and the crontab stays as it was")
{
  CliFixture f;
  f.env.erase("XDG_RUNTIME_DIR");
  const auto table = f.home.path() / "crontab.txt";
  f.home.write("crontab.txt", "0 3 * * * backup\n");
  write_crontab(f, table);
  write_notifier(f, f.home.path() / "bin/notify-send", f.home.path() / "notified.log");
  f.env["DBUS_SESSION_BUS_ADDRESS"] = "unix:path=/run/bus\n* * * * * rm -rf ~";
  const auto r = f.run({"remind", "daily", "07:30"});
  CHECK(r.status == 1);
  CHECK(r.err.find("holds a control character, which a crontab line cannot hold") != std::string::npos);
  CHECK(read_text(table) == "0 3 * * * backup\n");
}

TEST_CASE("with neither systemd nor cron: an error that says what to install")
{
  CliFixture f;
  CHECK(f.run({"remind", "calf", "19:05"}).status == 1); // nothing to show a notification with
  const auto osascript = f.home.write("bin/osascript", "#!/bin/sh\n");
  ::chmod(osascript.c_str(), 0755);
  const auto r = f.run({"remind", "calf", "19:05"});
  CHECK(r.status == 1);
  CHECK(r.err.find("no systemd user instance runs, and there is no crontab program in PATH") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(f.home.path() / ".config/systemd"));
}

TEST_SUITE_END();
