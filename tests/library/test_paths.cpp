// SPDX-License-Identifier: MIT
#include "library/paths.h"

#include "support/fake_env.h"

#include <doctest/doctest.h>

using namespace stretch;

TEST_SUITE_BEGIN("library/paths");

TEST_CASE("user_routine_dir")
{
  SUBCASE("XDG_CONFIG_HOME wins")
  {
    const std::map<std::string, std::string> vars{{"HOME", "/home/r"}, {"XDG_CONFIG_HOME", "/cfg"}};
    CHECK(library::user_routine_dir(test::fake_env(vars)) == "/cfg/stretch/routines");
  }
  SUBCASE("else ~/.config")
  {
    const std::map<std::string, std::string> vars{{"HOME", "/home/r"}};
    CHECK(library::user_routine_dir(test::fake_env(vars)) == "/home/r/.config/stretch/routines");
  }
  SUBCASE("a relative XDG_CONFIG_HOME is ignored, as the XDG rules say")
  {
    const std::map<std::string, std::string> vars{{"HOME", "/home/r"}, {"XDG_CONFIG_HOME", "cfg"}};
    CHECK(library::user_routine_dir(test::fake_env(vars)) == "/home/r/.config/stretch/routines");
  }
}

TEST_SUITE_END();
