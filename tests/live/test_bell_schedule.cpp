// SPDX-License-Identifier: MIT
#include "live/bell_schedule.h"

#include <doctest/doctest.h>

using namespace stretch::live;

TEST_SUITE_BEGIN("live/bell_schedule");

TEST_CASE("BellSchedule")
{
  BellSchedule bells;
  const TimePoint t0{};
  CHECK_FALSE(bells.next());
  SUBCASE("several bells, spaced")
  {
    bells.ring(t0, 3);
    CHECK(bells.next() == t0);
    CHECK(bells.take_due(t0) == 1);
    CHECK(bells.take_due(t0) == 0);
    CHECK(bells.next() == t0 + k_bell_gap);
    CHECK(bells.take_due(t0 + k_bell_gap) == 1);
    CHECK(bells.take_due(t0 + 2 * k_bell_gap) == 1);
    CHECK_FALSE(bells.next());
  }
  SUBCASE("bells due together sound once")
  {
    bells.ring(t0, 3);
    CHECK(bells.take_due(t0 + std::chrono::seconds(5)) == 1);
    CHECK_FALSE(bells.next());
  }
  SUBCASE("a new moment replaces bells still pending")
  {
    bells.ring(t0, 3);
    bells.ring(t0 + Duration(10), 1);
    CHECK(bells.take_due(t0 + std::chrono::seconds(5)) == 1);
    CHECK_FALSE(bells.next());
  }
}

TEST_SUITE_END();
