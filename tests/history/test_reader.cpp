// SPDX-License-Identifier: MIT
#include "history/reader.h"

#include "support/fake_env.h"
#include "support/temp_dir.h"

#include <doctest/doctest.h>
#include <algorithm>
#include <fmt/format.h>

using namespace stretch;
using namespace stretch::history;

namespace {

const std::string k_header = "# stretch history, format 4\n";

// A line of format 4: session `id` of device `device`, started on `day` (2026-11-DD).
std::string line(const std::string& id, const std::string& device, int day)
{
  return fmt::format("2026-11-{:02}T07:00:00+01:00\tcalf\tdone\t190\t12\t12\t-\t-\t12\t{}\t{}\t-\n", day, id, device);
}

// The sessions read, each as "id@device".
struct Read
{
  std::vector<std::string> sessions;
  ReadReport report;
};

Read read(const Place& place, std::optional<Seconds> since = std::nullopt)
{
  Read out;
  auto report = read_history(
    place, [&](const SessionRecord& record, std::string_view) { out.sessions.push_back(record.session + "@" + record.device); },
    since);
  REQUIRE(report);
  out.report = std::move(*report);
  std::sort(out.sessions.begin(), out.sessions.end());
  return out;
}

} // namespace

TEST_SUITE_BEGIN("history/reader");

TEST_CASE("history_place: the log named wins, then the folder, ~/ the home folder")
{
  const std::map<std::string, std::string> plain{{"HOME", "/home/r"}};
  const std::map<std::string, std::string> named{{"HOME", "/home/r"}, {"STRETCH_HISTORY", "/tmp/h.tsv"}};
  const std::map<std::string, std::string> homeless{};
  CHECK_FALSE(history_place(test::fake_env(plain), std::nullopt)->folder);
  CHECK_FALSE(history_place(test::fake_env(plain), "")->folder);
  CHECK(history_place(test::fake_env(plain), "~/Sync/stretch/")->folder == "/home/r/Sync/stretch/");
  CHECK(history_place(test::fake_env(plain), "~/Sync/../Sync/stretch")->folder == "/home/r/Sync/stretch");
  CHECK(history_place(test::fake_env(plain), "~")->folder == "/home/r/");
  CHECK(history_place(test::fake_env(plain), "/srv/stretch")->folder == "/srv/stretch");
  CHECK(history_place(test::fake_env(plain), "/srv/stretch")->log.path == "/home/r/.local/state/stretch/history.tsv");
  CHECK_FALSE(history_place(test::fake_env(named), "/srv/stretch")->folder); // a test's, a script's: one file
  CHECK_FALSE(history_place(test::fake_env(homeless), "~/Sync"));
}

TEST_CASE("read_history: one log, every session")
{
  const test::TempDir dir;
  const auto log = dir.write("history.tsv", k_header + line("a1", "d1", 1) + line("a2", "d1", 2));
  const Read got = read({{log, false}});
  CHECK(got.sessions == std::vector<std::string>{"a1@d1", "a2@d1"});
  CHECK(got.report.files == 1);
  CHECK(got.report.sessions == 2);
}

TEST_CASE("read_history: a folder of two devices and the copies sync engines leave, each session once")
{
  const test::TempDir dir;
  const std::string phone = k_header + line("p1", "phone", 1) + line("p2", "phone", 2);
  const std::string laptop = k_header + line("l1", "laptop", 1);
  dir.write("Sync/phone-11111111.tsv", phone + line("p3", "phone", 3));
  dir.write("Sync/laptop-22222222.tsv", laptop + line("l2", "laptop", 2));
  dir.write("Sync/phone-11111111.sync-conflict-20261201-101500-ABCDEFG.tsv", phone);
  dir.write("Sync/laptop-22222222 (conflicted copy 2026-12-01).tsv", laptop);
  dir.write("Sync/laptop-22222222_conflict-20261201-101500.tsv", laptop);
  dir.write("Sync/phone restored.tsv", phone + line("p3", "phone", 3));
  dir.write("Sync/.syncthing.phone-11111111.tsv.tmp", line("ghost", "phone", 4));
  const Read got = read({{dir.path() / "history.tsv", false}, dir.path() / "Sync"});
  CHECK(got.sessions == std::vector<std::string>{"l1@laptop", "l2@laptop", "p1@phone", "p2@phone", "p3@phone"});
  CHECK(got.report.files == 6);
  CHECK(got.report.conflict_copies == 3);
  CHECK(got.report.sessions == 5);
  CHECK(got.report.duplicates == 2 + 1 + 1 + 3);
  CHECK(got.report.with_skipped.empty());
  CHECK(got.report.skipped.empty());
}

TEST_CASE("read_history: a copy of an older log counts each session once with the device it was moved to")
{
  const test::TempDir dir;
  const std::string old_line = "2026-11-01T07:00:00+01:00\tcalf\tdone\t190\t12\t12\t-\t-";
  const std::string other_line = "2026-11-02T07:00:00+01:00\tcalf\tdone\t190\t12\t12\t-\t-";
  const std::string moved = fmt::format("2026-11-01T07:00:00+01:00\tcalf\tdone\t190\t12\t12\t-\t-\t12\t{}\tphone\t-\n",
                                        legacy_session_id(old_line));
  dir.write("Sync/phone-11111111.tsv", k_header + moved + line("p2", "phone", 3));
  dir.write("Sync/old log.tsv", "# stretch history, format 2\n" + old_line + "\n" + other_line + "\n");
  const Read got = read({{dir.path() / "history.tsv", false}, dir.path() / "Sync"});
  std::vector<std::string> expected{legacy_session_id(old_line) + "@phone", legacy_session_id(other_line) + "@", "p2@phone"};
  std::sort(expected.begin(), expected.end());
  CHECK(got.sessions == expected);
  CHECK(got.report.duplicates == 1);
}

TEST_CASE("read_history: a line torn by a sync under way is skipped, once, and the rest counted")
{
  const test::TempDir dir;
  const std::string whole = line("p2", "phone", 2);
  dir.write("Sync/phone.tsv", k_header + line("p1", "phone", 1) + whole.substr(0, 30));
  dir.write("Sync/laptop.tsv", k_header + line("l1", "laptop", 1));
  const Read got = read({{dir.path() / "history.tsv", false}, dir.path() / "Sync"});
  CHECK(got.sessions == std::vector<std::string>{"l1@laptop", "p1@phone"});
  REQUIRE(got.report.with_skipped.size() == 1);
  CHECK(got.report.with_skipped[0].path == dir.path() / "Sync/phone.tsv");
  CHECK(got.report.with_skipped[0].summary.skipped == 1);
}

TEST_CASE("read_history: a file of a newer format is skipped and said: the others still count")
{
  const test::TempDir dir;
  dir.write("Sync/future.tsv", "# stretch history, format 9\nwhatever format 9 holds\n");
  dir.write("Sync/laptop.tsv", k_header + line("l1", "laptop", 1));
  const Read got = read({{dir.path() / "history.tsv", false}, dir.path() / "Sync"});
  CHECK(got.sessions == std::vector<std::string>{"l1@laptop"});
  REQUIRE(got.report.skipped.size() == 1);
  CHECK(got.report.skipped[0].path == dir.path() / "Sync/future.tsv");
  CHECK(got.report.skipped[0].why
        == "written in format 9, newer than this stretch reads (4): update stretch to count its sessions");
  CHECK(got.report.files == 1);
}

TEST_CASE("read_history: since, in every file of the folder")
{
  const test::TempDir dir;
  dir.write("Sync/phone.tsv", k_header + line("p1", "phone", 1) + line("p20", "phone", 20));
  dir.write("Sync/laptop.tsv", k_header + line("l2", "laptop", 2) + line("l21", "laptop", 21));
  const Read got = read({{dir.path() / "history.tsv", false}, dir.path() / "Sync"}, *parse_iso("2026-11-15T00:00:00Z"));
  // The recent ones, and perhaps a few before: never one of the recent missed.
  CHECK(std::find(got.sessions.begin(), got.sessions.end(), "p20@phone") != got.sessions.end());
  CHECK(std::find(got.sessions.begin(), got.sessions.end(), "l21@laptop") != got.sessions.end());
}

TEST_CASE("read_history: a folder that cannot be read fails, and says which")
{
  const test::TempDir dir;
  dir.write("Sync", "a file");
  const auto report = read_history({{dir.path() / "history.tsv", false}, dir.path() / "Sync"},
                                   [](const SessionRecord&, std::string_view) {});
  REQUIRE_FALSE(report);
  CHECK(report.error().find("cannot read the folder " + (dir.path() / "Sync").string()) == 0);
}

TEST_SUITE_END();
