// SPDX-License-Identifier: MIT
#include "history/store.h"

#include "support/temp_dir.h"

#include <doctest/doctest.h>

using namespace stretch;
using namespace stretch::history;

TEST_SUITE_BEGIN("history/store");

TEST_CASE("LogStore adds to the log file and reads the recent sessions back")
{
  test::TempDir dir;
  LogStore store({dir.path() / "state" / "history.tsv", false});
  const Seconds now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  for (const int days_ago : {40, 3, 1}) {
    SessionRecord record;
    record.start = now - std::chrono::days(days_ago);
    record.start_text = format_local_iso(record.start);
    record.routine = "calf";
    REQUIRE(store.add(record));
  }
  std::vector<std::string> read;
  const auto summary = store.recent(now - std::chrono::days(30), [&](const SessionRecord& r, std::string_view) {
    read.push_back(r.start_text);
  });
  REQUIRE(summary);
  CHECK(read.size() == 2);
}

TEST_CASE("LogStore fails with where and why")
{
  test::TempDir dir;
  dir.write("state", "a file where the folder should be");
  LogStore store({dir.path() / "state" / "history.tsv", false});
  const auto added = store.add(SessionRecord{});
  REQUIRE_FALSE(added);
  CHECK(added.error().find("state") != std::string::npos);
}

TEST_SUITE_END();
