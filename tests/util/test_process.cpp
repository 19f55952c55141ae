// SPDX-License-Identifier: MIT
#include "util/process.h"

#include <doctest/doctest.h>

using namespace stretch::util;

TEST_SUITE_BEGIN("util/process");

TEST_CASE("run_and_wait")
{
  CHECK(*run_and_wait({"sh", "-c", "exit 3"}) == 3);
  CHECK(*run_and_wait({"true"}) == 0);
  CHECK(*run_and_wait({"sh", "-c", "kill -TERM $$"}) == 128 + 15);
  // No shell: the argument is one word, however it looks.
  CHECK(*run_and_wait({"test", "a; exit 7", "=", "a; exit 7"}) == 0);
  const auto missing = run_and_wait({"/nonexistent/editor", "file"});
  REQUIRE_FALSE(missing);
  CHECK(missing.error() == "cannot start /nonexistent/editor: No such file or directory");
  CHECK_FALSE(run_and_wait({}));
}

TEST_SUITE_END();
