// SPDX-License-Identifier: MIT
#include "term/locale.h"

#include "support/fake_env.h"

#include <doctest/doctest.h>

using namespace stretch;

TEST_SUITE_BEGIN("term/locale");

TEST_CASE("utf8_locale")
{
  const std::map<std::string, std::string> none;
  const std::map<std::string, std::string> lang{{"LANG", "en_US.UTF-8"}};
  const std::map<std::string, std::string> c_all{{"LC_ALL", "C"}, {"LANG", "en_US.UTF-8"}};
  const std::map<std::string, std::string> ctype{{"LC_CTYPE", "de_DE.utf8"}, {"LANG", "C"}};
  const std::map<std::string, std::string> posix{{"LANG", "POSIX"}};
  CHECK(term::utf8_locale(test::fake_env(none)));
  CHECK(term::utf8_locale(test::fake_env(lang)));
  CHECK_FALSE(term::utf8_locale(test::fake_env(c_all)));
  CHECK(term::utf8_locale(test::fake_env(ctype)));
  CHECK_FALSE(term::utf8_locale(test::fake_env(posix)));
}

TEST_SUITE_END();
