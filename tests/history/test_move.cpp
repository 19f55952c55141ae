// SPDX-License-Identifier: MIT
#include "history/move.h"

#include "support/read_text.h"
#include "support/temp_dir.h"

#include <doctest/doctest.h>
#include <algorithm>

using namespace stretch;
using namespace stretch::history;

namespace {

// A log of format 2, as stretch 0.3 wrote it: three sessions.
const std::string k_format_2 = "# stretch history, format 2\n"
                               "2026-11-01T07:00:00+01:00\tcalf\tdone\t190\t12\t12\t-\t-\n"
                               "2026-11-02T07:00:00+01:00\tmidrun\tdone\t300\t28\t28\tHas the numbness gone?=no\tnumbness\n"
                               "2026-11-03T07:00:00+01:00\tcalf\tstopped\t60\t4\t12\t-\t-\n";

const Device k_phone{"1111111111111111", "phone"};

std::vector<std::string> sessions(const Place& place, ReadReport* report = nullptr, bool with_device = false)
{
  std::vector<std::string> out;
  const auto read = read_history(place, [&](const SessionRecord& record, std::string_view) {
    out.push_back(record.start_text + " " + record.routine + (with_device ? " " + record.device : ""));
  });
  REQUIRE(read);
  if (report != nullptr) {
    *report = *read;
  }
  std::sort(out.begin(), out.end());
  return out;
}

} // namespace

TEST_SUITE_BEGIN("history/move");

TEST_CASE("device_log: the log, or this device's file in the folder")
{
  CHECK(device_log({{"/s/history.tsv", false}}, k_phone).path == "/s/history.tsv");
  CHECK(device_log({{"/s/history.tsv", false}, "/Sync/stretch"}, k_phone).path == "/Sync/stretch/phone-11111111.tsv");
}

TEST_CASE("move_log_into_folder: a format-2 log, moved twice, each session counted once")
{
  const test::TempDir dir;
  const auto log = dir.write("state/history.tsv", k_format_2);
  const Place place{{log, false}, dir.path() / "Sync"};
  const auto moved = move_log_into_folder(place, k_phone);
  REQUIRE(moved);
  REQUIRE(*moved);
  CHECK((*moved)->sessions == 3);
  CHECK((*moved)->from == dir.path() / "state/history.tsv.moved");
  CHECK((*moved)->to == dir.path() / "Sync/phone-11111111.tsv");
  CHECK_FALSE(std::filesystem::exists(log));
  CHECK(test::read_text((*moved)->from) == k_format_2); // the old log kept, whole
  const std::string copied = test::read_text((*moved)->to);
  CHECK(copied.starts_with("# stretch history, format 4"));
  CHECK(copied.find("\tnumbness\t28\tL") != std::string::npos); // an id made from its line
  CHECK(copied.find("\t1111111111111111\tphone\n") != std::string::npos);

  // Nothing more to move: the log is gone.
  const auto nothing = move_log_into_folder(place, k_phone);
  REQUIRE(nothing);
  CHECK_FALSE(*nothing);

  // The old log comes back (from a backup) and is moved again: nothing copied twice.
  std::filesystem::copy_file(dir.path() / "state/history.tsv.moved", log);
  const auto again = move_log_into_folder(place, k_phone);
  REQUIRE(again);
  REQUIRE(*again);
  CHECK((*again)->sessions == 0);
  CHECK((*again)->already == 3);
  CHECK(test::read_text((*again)->to) == copied);
  // A copy of it lands in the folder too. Every session still counts once.
  dir.write("Sync/history from the backup.tsv", k_format_2);
  ReadReport report;
  // Each with its device: the copy of the old log has none, the device's file has.
  CHECK(sessions(place, &report, true)
        == std::vector<std::string>{"2026-11-01T07:00:00+01:00 calf 1111111111111111",
                                    "2026-11-02T07:00:00+01:00 midrun 1111111111111111",
                                    "2026-11-03T07:00:00+01:00 calf 1111111111111111"});
  CHECK(report.sessions == 3);
  CHECK(report.duplicates == 3);
}

TEST_CASE("move_log_into_folder: sessions already with a device keep it")
{
  const test::TempDir dir;
  const auto log = dir.write("state/history.tsv", "# stretch history, format 4\n"
                                                  "2026-11-01T07:00:00+01:00\tcalf\tdone\t190\t12\t12\t-\t-\t12\ts1\t2222222222222222\tlaptop\n");
  const Place place{{log, false}, dir.path() / "Sync"};
  REQUIRE(move_log_into_folder(place, k_phone));
  CHECK(sessions(place, nullptr, true) == std::vector<std::string>{"2026-11-01T07:00:00+01:00 calf 2222222222222222"});
}

TEST_CASE("move_log_into_folder: a folder that cannot be written leaves the log where it was")
{
  const test::TempDir dir;
  const auto log = dir.write("state/history.tsv", k_format_2);
  dir.write("Sync", "a file where the folder should be");
  const auto moved = move_log_into_folder({{log, false}, dir.path() / "Sync"}, k_phone);
  REQUIRE_FALSE(moved);
  CHECK(moved.error().find((dir.path() / "Sync").string()) != std::string::npos);
  CHECK(test::read_text(log) == k_format_2);
  CHECK_FALSE(std::filesystem::exists(dir.path() / "state/history.tsv.moved"));
}

TEST_CASE("move_log_into_folder: no folder, or no log, nothing to move")
{
  const test::TempDir dir;
  const auto log = dir.write("state/history.tsv", k_format_2);
  CHECK_FALSE(*move_log_into_folder({{log, false}}, k_phone));
  CHECK_FALSE(*move_log_into_folder({{dir.path() / "none.tsv", false}, dir.path() / "Sync"}, k_phone));
  CHECK(test::read_text(log) == k_format_2);
}

TEST_SUITE_END();
