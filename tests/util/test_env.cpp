// SPDX-License-Identifier: MIT
#include "util/env.h"

#include <cstdlib>
#include <doctest/doctest.h>
#include <string>

using namespace stretch::util;

TEST_SUITE_BEGIN("util/env");

TEST_CASE("process_environment")
{
  ::setenv("STRETCH_TEST_VARIABLE", "value", 1);
  const EnvLookup env = process_environment();
  REQUIRE(env("STRETCH_TEST_VARIABLE") != nullptr);
  CHECK(std::string(env("STRETCH_TEST_VARIABLE")) == "value");
  ::unsetenv("STRETCH_TEST_VARIABLE");
  CHECK(env("STRETCH_TEST_VARIABLE") == nullptr);
}

TEST_SUITE_END();
