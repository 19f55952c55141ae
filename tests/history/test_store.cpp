// SPDX-License-Identifier: MIT
#include "history/store.h"

#include "support/read_text.h"
#include "support/temp_dir.h"

#include <doctest/doctest.h>

using namespace stretch;
using namespace stretch::history;

namespace {

SessionRecord session_at(Seconds start, std::string id)
{
  SessionRecord record;
  record.start = start;
  record.start_text = format_local_iso(start);
  record.routine = "calf";
  record.session = std::move(id);
  return record;
}

} // namespace

TEST_SUITE_BEGIN("history/store");

TEST_CASE("PlaceStore adds to the log, with the device, and reads the recent sessions back")
{
  test::TempDir dir;
  PlaceStore store({{dir.path() / "state" / "history.tsv", false}}, {"0123456789abcdef", "laptop"});
  const Seconds now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  REQUIRE(store.add(session_at(now - std::chrono::days(40), "a1")));
  REQUIRE(store.add(session_at(now - std::chrono::days(3), "a2")));
  std::vector<std::string> read;
  const auto report = store.recent(now - std::chrono::days(30), [&](const SessionRecord& r, std::string_view) {
    read.push_back(r.session + " " + r.device + " " + r.device_name);
  });
  REQUIRE(report);
  CHECK(read == std::vector<std::string>{"a2 0123456789abcdef laptop"});
}

TEST_CASE("PlaceStore with a history folder: this device's file, and every device's sessions read")
{
  test::TempDir dir;
  const Place place{{dir.path() / "state" / "history.tsv", false}, dir.path() / "Sync"};
  PlaceStore phone(place, {"1111111111111111", "phone"});
  PlaceStore laptop(place, {"2222222222222222", ""});
  const Seconds now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  REQUIRE(phone.add(session_at(now - std::chrono::days(1), "p1")));
  REQUIRE(laptop.add(session_at(now - std::chrono::days(2), "l1")));
  CHECK(test::read_text(dir.path() / "Sync" / "phone-11111111.tsv").find("\tp1\t1111111111111111\tphone") != std::string::npos);
  CHECK(test::read_text(dir.path() / "Sync" / "2222222222222222.tsv").find("\tl1\t2222222222222222\t-") != std::string::npos);
  std::size_t sessions = 0;
  REQUIRE(laptop.recent(now - std::chrono::days(30), [&](const SessionRecord&, std::string_view) { ++sessions; }));
  CHECK(sessions == 2);
}

TEST_CASE("PlaceStore fails with where and why")
{
  test::TempDir dir;
  dir.write("state", "a file where the folder should be");
  PlaceStore store({{dir.path() / "state" / "history.tsv", false}}, {"0123456789abcdef", ""});
  const auto added = store.add(SessionRecord{});
  REQUIRE_FALSE(added);
  CHECK(added.error().find("state") != std::string::npos);
}

TEST_SUITE_END();
