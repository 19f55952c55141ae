// SPDX-License-Identifier: MIT
#include "util/random_id.h"

#include <doctest/doctest.h>
#include <algorithm>
#include <set>

using namespace stretch;

TEST_SUITE_BEGIN("util/random_id");

TEST_CASE("random_id: 16 lowercase hex digits, never the same twice")
{
  std::set<std::string> ids;
  for (int i = 0; i < 1000; ++i) {
    const std::string id = util::random_id();
    REQUIRE(id.size() == 16);
    CHECK(std::all_of(id.begin(), id.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); }));
    ids.insert(id);
  }
  CHECK(ids.size() == 1000);
}

TEST_SUITE_END();
