// SPDX-License-Identifier: MIT
#include "history/seen_sessions.h"

#include "history/record.h"

#include <doctest/doctest.h>
#include <fmt/format.h>

using namespace stretch;
using namespace stretch::history;

TEST_SUITE_BEGIN("history/seen_sessions");

TEST_CASE("SeenSessions: each session once")
{
  SeenSessions seen;
  CHECK(seen.insert("d1", "3f9a2c1d4e5b6a79"));
  CHECK(seen.insert("d1", "3f9a2c1d4e5b6a7a"));
  CHECK_FALSE(seen.insert("d1", "3f9a2c1d4e5b6a79"));
  const std::string old = "2026-11-26T21:03:53Z\tcalf\tdone\t190\t12\t12\t-\t-";
  CHECK(seen.insert("", legacy_session_id(old)));
  CHECK_FALSE(seen.insert("", legacy_session_id(old)));
  CHECK(seen.size() == 3);
  CHECK(seen.contains("d1", "3f9a2c1d4e5b6a79"));
  CHECK_FALSE(seen.contains("d1", "3f9a2c1d4e5b6a7b"));
  CHECK(seen.contains("", legacy_session_id(old)));
  CHECK_FALSE(SeenSessions().contains("d1", "3f9a2c1d4e5b6a79"));
}

TEST_CASE("SeenSessions: a device none of whose sessions is there has none there")
{
  SeenSessions seen;
  REQUIRE(seen.insert("phone", "s1"));
  CHECK_FALSE(seen.contains("laptop", "s1"));
  CHECK(seen.contains("phone", "s1"));
  CHECK_FALSE(seen.contains("laptop", "s1")); // asked again
  REQUIRE(seen.insert("laptop", "s2"));
  CHECK(seen.contains("laptop", "s2"));
}

TEST_CASE("SeenSessions: past 64 devices every device may have sessions there")
{
  SeenSessions seen;
  for (int d = 0; d < 70; ++d) {
    REQUIRE(seen.insert(fmt::format("d{}", d), fmt::format("s{}", d)));
  }
  CHECK(seen.contains("d69", "s69"));
  CHECK(seen.contains("d0", "s0"));
  CHECK_FALSE(seen.contains("d0", "s999"));
}

TEST_CASE("SeenSessions: a session of no device may be found again as any device's")
{
  SeenSessions seen;
  REQUIRE(seen.insert("", "L0123456789abcdef"));
  CHECK(seen.contains("phone", "L0123456789abcdef"));
}

TEST_CASE("SeenSessions: grows as it fills and forgets none")
{
  SeenSessions seen;
  for (int i = 0; i < 200000; ++i) {
    REQUIRE(seen.insert("d", fmt::format("{:016x}", i)));
  }
  for (int i = 0; i < 200000; i += 997) {
    REQUIRE_FALSE(seen.insert("d", fmt::format("{:016x}", i)));
    REQUIRE(seen.contains("d", fmt::format("{:016x}", i)));
  }
  CHECK(seen.size() == 200000);
}

TEST_SUITE_END();
