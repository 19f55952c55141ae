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

TEST_CASE("xdg_dir")
{
  const std::map<std::string, std::string> vars{{"HOME", "/home/r"}, {"XDG_STATE_HOME", "/state"}};
  CHECK(library::xdg_dir(test::fake_env(vars), "XDG_STATE_HOME", ".local/state") == "/state");
  CHECK(library::xdg_dir(test::fake_env(vars), "XDG_DATA_HOME", ".local/share") == "/home/r/.local/share");
}

TEST_CASE("home_dir")
{
  const std::map<std::string, std::string> vars{{"HOME", "/home/r"}};
  CHECK(library::home_dir(test::fake_env(vars)) == "/home/r");
  const std::map<std::string, std::string> none;
  // Without $HOME the password database answers; every test user has an entry.
  CHECK(library::home_dir(test::fake_env(none)).has_value());
}

TEST_SUITE_END();
