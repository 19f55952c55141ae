// SPDX-License-Identifier: MIT
#include "routine/diagnostic.h"

#include <doctest/doctest.h>

using namespace stretch::routine;

TEST_SUITE_BEGIN("routine/diagnostic");

TEST_CASE("format_diagnostic")
{
  CHECK(format_diagnostic({"calf.stretch", 3, 7, "bad"}) == "calf.stretch:3:7: error: bad");
  CHECK(format_diagnostic({"calf.stretch", 3, 0, "bad"}) == "calf.stretch:3: error: bad");
  CHECK(format_diagnostic({"calf.stretch", 0, 0, "bad"}) == "calf.stretch: error: bad");
  CHECK(format_diagnostic({"evil\x1b[2J.stretch", 1, 0, "x"}) == "evil^[[2J.stretch:1: error: x");
}

TEST_CASE("format_diagnostics")
{
  CHECK(format_diagnostics({{"a", 1, 0, "x"}, {"a", 2, 0, "y"}}) == "a:1: error: x\na:2: error: y\n");
  CHECK(format_diagnostics({}).empty());
}

TEST_SUITE_END();
