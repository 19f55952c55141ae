// SPDX-License-Identifier: MIT
// Reminders as a user sets them up: the real binary writes systemd user units (checked by
// systemd-analyze where it is installed) and runs systemctl, never a shell; without a
// systemd user instance, it prints a crontab line instead.
#include "e2e/cli_fixture.h"
#include "support/read_text.h"

#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace stretch::test;

TEST_SUITE_BEGIN("e2e/remind");

TEST_CASE("stretch remind daily 07:30 --weekdays, then list and remove")
{
  CliFixture f;
  // A systemd user instance: its socket, and a systemctl that logs what it is asked.
  f.home.write("run/systemd/private", "");
  const auto log = f.home.path() / "systemctl.log";
  const auto systemctl = f.home.write("bin/systemctl", "#!/bin/sh\necho \"$@\" >> '" + log.string() + "'\n");
  const auto notify_send = f.home.write("my 100% bin/notify-send", "#!/bin/sh\n"); // quoted for systemd
  ::chmod(systemctl.c_str(), 0755);
  ::chmod(notify_send.c_str(), 0755);
  f.env["XDG_RUNTIME_DIR"] = (f.home.path() / "run").string();
  f.env["PATH"] = (f.home.path() / "bin").string() + ":" + notify_send.parent_path().string();

  const auto added = f.run({"remind", "daily", "07:30", "--weekdays"});
  CHECK(added.status == 0);
  const auto units = f.home.path() / ".config/systemd/user";
  CHECK(added.out == "A reminder to run `stretch daily` 07:30 on weekdays: " + (units / "stretch-remind-daily.timer").string() + "\n");
  CHECK(read_text(log) == "--user --quiet daemon-reload\n--user --quiet enable --now stretch-remind-daily.timer\n");
  CHECK(read_text(units / "stretch-remind-daily.service").find("ExecStart=\"" + (f.home.path() / "my 100%% bin/notify-send").string() + "\" \"--app-name=stretch\"")
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
  CHECK(listed.out == "daily  07:30 on weekdays\n");
  CHECK(f.run({"remind", "remove", "daily"}).status == 0);
  CHECK_FALSE(std::filesystem::exists(units / "stretch-remind-daily.timer"));
  CHECK(f.run({"remind", "list"}).out.find("No reminders") == 0);
  CHECK(f.run({"remind", "daily"}).status == 2);
}

TEST_CASE("without a systemd user instance: a crontab line, nothing written")
{
  CliFixture f;
  CHECK(f.run({"remind", "calf", "19:05"}).status == 1); // nothing to show a notification with
  const auto osascript = f.home.write("bin/osascript", "#!/bin/sh\n");
  ::chmod(osascript.c_str(), 0755);
  const auto r = f.run({"remind", "calf", "19:05"});
  CHECK(r.status == 0);
  CHECK(r.out.find("add this line to your crontab") != std::string::npos);
  CHECK(r.out.find("\n5 19 * * * ") != std::string::npos);
  CHECK(r.out.find(" '" + osascript.string() + "' '-e' 'display notification") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(f.home.path() / ".config/systemd"));
}

TEST_SUITE_END();
