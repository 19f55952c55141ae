// SPDX-License-Identifier: MIT
#include "util/xdg.h"

#include "support/fake_env.h"

#include <doctest/doctest.h>

using namespace stretch;

TEST_SUITE_BEGIN("util/xdg");

TEST_CASE("xdg_dir")
{
  const std::map<std::string, std::string> vars{{"HOME", "/home/r"}, {"XDG_STATE_HOME", "/state"}};
  CHECK(util::xdg_dir(test::fake_env(vars), "XDG_STATE_HOME", ".local/state") == "/state");
  CHECK(util::xdg_dir(test::fake_env(vars), "XDG_DATA_HOME", ".local/share") == "/home/r/.local/share");
}

TEST_CASE("home_dir")
{
  const std::map<std::string, std::string> vars{{"HOME", "/home/r"}};
  CHECK(util::home_dir(test::fake_env(vars)) == "/home/r");
  const std::map<std::string, std::string> none;
  // Without $HOME the password database answers; every test user has an entry.
  CHECK(util::home_dir(test::fake_env(none)).has_value());
}

TEST_CASE("config_dir and cache_dir")
{
  const std::map<std::string, std::string> vars{{"HOME", "/home/r"}, {"XDG_CACHE_HOME", "/cache"}};
  CHECK(util::config_dir(test::fake_env(vars)) == "/home/r/.config/stretch");
  CHECK(util::cache_dir(test::fake_env(vars)) == "/cache/stretch");
}

TEST_SUITE_END();
