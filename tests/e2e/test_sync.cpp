// SPDX-License-Identifier: MIT
// One history on two devices: two homes share a history folder, as a sync engine (or git)
// shares it; sessions are logged by the real binary, on other days through libfaketime.
#include "e2e/cli_fixture.h"
#include "support/read_text.h"
#include "support/scan.h"

#include <algorithm>
#include <chrono>
#include <doctest/doctest.h>
#include <fmt/chrono.h>
#include <fmt/format.h>
#include <fstream>
#include <glob.h>

using namespace stretch::test;

namespace {

#ifdef STRETCH_SANITIZED
constexpr bool k_sanitized = true;
#else
constexpr bool k_sanitized = false;
#endif

// The preload library of libfaketime (Debian's `faketime`), or "" when it is not installed.
std::string faketime_library()
{
  glob_t found = {};
  std::string path;
  if (::glob("/usr/lib/*/faketime/libfaketime.so.1", 0, nullptr, &found) == 0 && found.gl_pathc > 0) {
    path = found.gl_pathv[0];
  }
  ::globfree(&found);
  return path;
}

// `days` days before now, at 09:00 UTC: `2026-11-28 09:00:00`.
std::string days_ago(int days)
{
  const auto day = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()) - std::chrono::days(days);
  return fmt::format("{:%Y-%m-%d} 09:00:00", fmt::gmtime(std::chrono::system_clock::to_time_t(day)));
}

// The one file in `folder` whose name starts with `prefix`.
std::filesystem::path file_of(const std::filesystem::path& folder, const std::string& prefix)
{
  std::vector<std::filesystem::path> found;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    if (entry.path().filename().string().starts_with(prefix)) {
      found.push_back(entry.path());
    }
  }
  REQUIRE(found.size() == 1);
  return found[0];
}

// A device: a home of its own whose settings put the history in `folder`, under `name`.
struct Device : CliFixture
{
  Device(const std::filesystem::path& shared, const std::string& device) : folder(shared), name(device)
  {
    env["TZ"] = "UTC0";
    sandbox.write(".config/stretch/config", fmt::format("history-dir = {}\ndevice = {}\n", shared.string(), device));
    sandbox.write("numb.stretch", "title Numb\nepisode numbness\nexercise Check\n  contract 0.05s Hold.\n"
                                  "  question 0.2s Has the numbness gone?\n  yes Good.\n  no Stop.\n");
  }

  // A numbness episode (a step done, the question reached), `ago` days ago: run on that
  // day through libfaketime. (A sanitized build cannot take its preload: there the session
  // runs today and its line is moved back to that day, as it would have been written.)
  std::filesystem::path folder;
  std::string name;

  void numb(int ago)
  {
    auto saved = env;
    if (ago > 0 && !k_sanitized) {
      env["LD_PRELOAD"] = faketime_library();
      env["FAKETIME"] = "@" + days_ago(ago);
    }
    const auto r = run({"numb.stretch", "--ready", "0"});
    env = saved;
    REQUIRE(r.status == 0);
    CHECK(r.err.empty());
    if (ago > 0 && k_sanitized) {
      const auto file = file_of(folder, name + "-");
      std::string text = read_text(file);
      const std::size_t last = text.rfind('\n', text.size() - 2) + 1;
      text.replace(last, 19, days_ago(ago).replace(10, 1, "T"));
      std::ofstream(file, std::ios::trunc) << text;
    }
  }
};

// The lines of `text`, sorted.
std::vector<std::string> sorted_lines(const std::string& text)
{
  std::vector<std::string> lines;
  std::size_t at = 0;
  for (std::size_t end; (end = text.find('\n', at)) != std::string::npos; at = end + 1) {
    lines.push_back(text.substr(at, end - at));
  }
  std::sort(lines.begin(), lines.end());
  return lines;
}

} // namespace

TEST_SUITE_BEGIN("e2e/sync");

TEST_CASE("two devices and one synced folder: every session once and the numbness advice across both")
{
  REQUIRE_MESSAGE((k_sanitized || !faketime_library().empty()), "install faketime: sessions on other days are logged through it");
  const TempDir shared;
  const auto folder = shared.path() / "Sync/stretch";
  Device phone(folder, "phone");
  Device laptop(folder, "laptop");
  phone.numb(3);
  phone.numb(2);
  laptop.numb(0);

  // Each device wrote a file of its own, named after it.
  const auto phone_file = file_of(folder, "phone-");
  const auto laptop_file = file_of(folder, "laptop-");
  CHECK(count_of(read_text(phone_file), "\tnumb\tdone\t") == 2);
  CHECK(count_of(read_text(laptop_file), "\tnumb\tdone\t") == 1);

  // What sync engines leave behind: a copy of each kind, a file restored under another
  // name, and a copy whose last line is still arriving.
  const std::string phone_text = read_text(phone_file);
  const std::string stem = phone_file.stem().string();
  shared.write("Sync/stretch/" + stem + ".sync-conflict-20261201-101500-ABCDEFG.tsv", phone_text);
  shared.write("Sync/stretch/" + stem + " (conflicted copy 2026-12-01).tsv", phone_text);
  shared.write("Sync/stretch/" + laptop_file.stem().string() + "_conflict-20261201-101500.tsv", read_text(laptop_file));
  shared.write("Sync/stretch/restored.tsv", phone_text);
  const std::string torn = phone_text + "2026-11-30T09:00:00+00:00\tnumb\tdone\t0\t1";
  shared.write("Sync/stretch/half.tsv", torn);

  const auto on_phone = phone.run({"history", "--tsv"});
  const auto on_laptop = laptop.run({"history", "--tsv"});
  CHECK(on_phone.status == 0);
  CHECK(sorted_lines(on_phone.out) == sorted_lines(on_laptop.out));
  CHECK(count_of(on_laptop.out, "\tnumb\tdone\t") == 3);
  CHECK(count_of(on_laptop.out, "\tphone\n") == 2);
  CHECK(count_of(on_laptop.out, "\tlaptop\n") == 1);
  // The torn line, said once: one warning, no error.
  CHECK(on_laptop.err == "stretch: warning: " + (folder / "half.tsv").string()
                           + ":5: line skipped: the last line is cut off (a copy still being synced?)\n");

  const auto report = laptop.run({"history"});
  CHECK(report.out.find("From 2 devices: laptop, phone.") != std::string::npos);
  CHECK(report.out.find("Your feet went numb on 3 days in the last 30") != std::string::npos);
  const auto phone_only = laptop.run({"history", "--device", "phone"});
  CHECK(phone_only.out.find("Last 2 sessions:") != std::string::npos);

  const auto check = laptop.run({"history", "--check"});
  CHECK(check.status == 0);
  CHECK(check.out.find("files read                 7\n") != std::string::npos);
  CHECK(check.out.find("conflict copies merged     3\n") != std::string::npos);
  CHECK(check.out.find("devices                    2\n") != std::string::npos);
  CHECK(check.out.find("sessions                   3\n") != std::string::npos);
  CHECK(check.out.find("found twice, counted once  9\n") != std::string::npos);
  CHECK(check.out.find("lines skipped              1\n") != std::string::npos);

  // `stretch path history`: the folder, then this device's file.
  CHECK(laptop.run({"path", "history"}).out == folder.string() + "\n" + laptop_file.string() + "\n");
}

TEST_CASE("a log kept before the folder: moved in once and counted once however often it comes back")
{
  const TempDir shared;
  const auto folder = shared.path() / "stretch";
  Device laptop(folder, "laptop");
  const std::string format_2 = "# stretch history, format 2\n"
                               "2026-11-01T07:00:00+01:00\tcalf\tdone\t190\t12\t12\t-\t-\n"
                               "2026-11-02T07:00:00+01:00\tmidrun\tdone\t300\t28\t28\tHas the numbness gone?=no\tnumbness\n";
  const auto log = laptop.sandbox.write(".local/state/stretch/history.tsv", format_2);

  const auto first = laptop.run({"history", "--tsv"});
  CHECK(first.err == "stretch: moved 2 sessions of " + log.string() + " into " + (folder / "").string() + "laptop-"
                       + read_text(laptop.home.path() / ".local/state/stretch/device-id").substr(0, 8) + ".tsv; the log is now "
                       + log.string() + ".moved\n");
  CHECK(count_of(first.out, "\n") == 3);
  const auto second = laptop.run({"history", "--tsv"});
  CHECK(second.err.empty());
  CHECK(second.out == first.out);

  // The old log back from a backup, moved again: still each session once.
  laptop.sandbox.write(".local/state/stretch/history.tsv", format_2);
  const auto third = laptop.run({"history", "--tsv"});
  CHECK(third.err.find("stretch: moved 0 sessions of " + log.string()) == 0);
  CHECK(third.err.find(" (2 were there already); the log is now ") != std::string::npos);
  CHECK(sorted_lines(third.out) == sorted_lines(first.out));
}

TEST_CASE("a history folder in a git repository: two clones each commit their file and pull without a conflict")
{
  const TempDir shared;
  const std::string git = std::filesystem::exists("/usr/bin/git") ? "/usr/bin/git" : "/bin/git";
  REQUIRE_MESSAGE(std::filesystem::exists(git), "install git");
  std::map<std::string, std::string> git_env{{"HOME", shared.path().string()},
                                             {"PATH", "/usr/bin:/bin"},
                                             {"GIT_CONFIG_NOSYSTEM", "1"},
                                             {"GIT_AUTHOR_NAME", "Runner"},
                                             {"GIT_AUTHOR_EMAIL", "runner@example.org"},
                                             {"GIT_COMMITTER_NAME", "Runner"},
                                             {"GIT_COMMITTER_EMAIL", "runner@example.org"}};
  const auto in = [&](const std::filesystem::path& where, std::vector<std::string> args) {
    args.insert(args.begin(), git);
    const auto r = run_process(args, {git_env, where});
    INFO(r.err);
    REQUIRE(r.status == 0);
  };
  in(shared.path(), {"init", "--quiet", "--bare", "--initial-branch=main", "dotfiles.git"});
  in(shared.path(), {"clone", "--quiet", "dotfiles.git", "phone"});
  // A repository of dotfiles, with a history before stretch came.
  shared.write("phone/.bashrc", "set -o vi\n");
  in(shared.path() / "phone", {"checkout", "--quiet", "-B", "main"});
  in(shared.path() / "phone", {"add", ".bashrc"});
  in(shared.path() / "phone", {"commit", "--quiet", "-m", "dotfiles"});
  in(shared.path() / "phone", {"push", "--quiet", "origin", "main"});
  in(shared.path(), {"clone", "--quiet", "dotfiles.git", "laptop"});
  Device phone(shared.path() / "phone/stretch", "phone");
  Device laptop(shared.path() / "laptop/stretch", "laptop");

  phone.numb(0);
  laptop.numb(0);
  laptop.numb(0);
  const auto commit = [&](const std::filesystem::path& clone) {
    in(clone, {"add", "stretch"});
    in(clone, {"commit", "--quiet", "-m", "sessions"});
  };
  const auto pull = [&](const std::filesystem::path& clone) {
    in(clone, {"pull", "--quiet", "--no-rebase", "--no-edit", "origin", "main"});
  };
  commit(shared.path() / "phone");
  in(shared.path() / "phone", {"push", "--quiet", "origin", "main"});
  commit(shared.path() / "laptop");
  pull(shared.path() / "laptop"); // a merge of the phone's commit: no conflict
  in(shared.path() / "laptop", {"push", "--quiet", "origin", "main"});
  pull(shared.path() / "phone");

  const auto on_phone = phone.run({"history", "--tsv"});
  const auto on_laptop = laptop.run({"history", "--tsv"});
  CHECK(on_phone.err.empty());
  CHECK(on_laptop.err.empty());
  CHECK(count_of(on_phone.out, "\tnumb\tdone\t") == 3);
  CHECK(on_phone.out == on_laptop.out);
}

TEST_SUITE_END();
