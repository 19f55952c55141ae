// SPDX-License-Identifier: MIT
#include "util/wrap.h"

#include <doctest/doctest.h>

using namespace stretch::util;

TEST_SUITE_BEGIN("util/wrap");

TEST_CASE("wrap_to_width")
{
  CHECK(wrap_to_width("Push the ball of the foot down hard", 15, 5)
        == std::vector<std::string>{"Push the ball", "of the foot", "down hard"});
  CHECK(wrap_to_width("short", 40, 3) == std::vector<std::string>{"short"});
  CHECK(wrap_to_width("", 40, 3).empty());
  CHECK(wrap_to_width("a b c d e f", 3, 2) == std::vector<std::string>{"a b", "c …"});
  CHECK(wrap_to_width("abcdefghij", 4, 2) == std::vector<std::string>{"abc…"});
  CHECK(wrap_to_width("anything", 0, 2).empty());
}

TEST_SUITE_END();
