// SPDX-License-Identifier: MIT
#include "util/clock.h"

#include <doctest/doctest.h>

using namespace stretch::util;

TEST_SUITE_BEGIN("util/clock");

TEST_CASE("millis_between")
{
  const TimePoint t{};
  CHECK(millis_between(t, t + std::chrono::milliseconds(1500)) == Duration(1500));
  CHECK(millis_between(t, t + std::chrono::microseconds(1999)) == Duration(1));
  CHECK(millis_between(t + Duration(10), t) == Duration(-10));
}

TEST_SUITE_END();
