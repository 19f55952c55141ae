// SPDX-License-Identifier: MIT
#include "i18n/catalog.h"

#include "support/language.h"

#include <clocale>
#include <cstdlib>
#include <doctest/doctest.h>
#include <map>
#include <string>

using namespace stretch;

TEST_SUITE_BEGIN("i18n/catalog");

TEST_CASE("tr")
{
  SUBCASE("English before any language is chosen, and after")
  {
    CHECK(std::string(i18n::tr("Sessions")) == "Sessions");
    CHECK(i18n::language().empty());
  }
  SUBCASE("the catalog of the language chosen")
  {
    const test::InLanguage german("de");
    CHECK(std::string(i18n::tr("Sessions")) == "Einheiten");
    CHECK(i18n::language() == "de");
    CHECK(std::string(i18n::tr("no such message in any catalog")) == "no such message in any catalog");
  }
  SUBCASE("a language without a catalog: English, and no language said")
  {
    const test::InLanguage klingon("tlh");
    CHECK(std::string(i18n::tr("Sessions")) == "Sessions");
    CHECK(i18n::language().empty());
    CHECK(i18n::languages() == std::vector<std::string>{"tlh"}); // a routine's own [tlh] lines still count
  }
}

TEST_CASE("trn")
{
  CHECK(std::string(i18n::trn("{n} day", "{n} days", 1)) == "{n} day");
  CHECK(std::string(i18n::trn("{n} day", "{n} days", 0)) == "{n} days");
  const test::InLanguage french("fr");
  // French counts 0 and 1 alike.
  CHECK(std::string(i18n::trn("{n} day", "{n} days", 0)) == "{n} jour");
  CHECK(std::string(i18n::trn("{n} day", "{n} days", 2)) == "{n} jours");
}

TEST_CASE("trc")
{
  CHECK(std::string(i18n::trc("month", "May")) == "May");
  const test::InLanguage german("de");
  CHECK(std::string(i18n::trc("answer key", "y")) == "j");
  CHECK(std::string(i18n::trc("no such context", "May")) == "May");
}

TEST_CASE("generation")
{
  const unsigned before = i18n::generation();
  {
    const test::InLanguage german("de");
    CHECK(i18n::generation() != before);
  }
  CHECK(i18n::generation() != before);
}

TEST_CASE("init")
{
  SUBCASE("English asked for: no locale loaded, no catalog looked for")
  {
    for (const std::map<std::string, std::string>& env :
         {std::map<std::string, std::string>{}, {{"LANG", "C.UTF-8"}}, {{"LANG", "en_GB.UTF-8"}},
          {{"LANG", "de_DE.UTF-8"}, {"LANGUAGE", "en:de"}}, {{"LC_ALL", "POSIX"}, {"LANGUAGE", "fr"}},
          {{"LC_ALL", "C"}, {"LC_MESSAGES", "de_DE.UTF-8"}}}) {
      i18n::init([&](const char* name) { return env.count(name) != 0 ? env.at(name).c_str() : nullptr; },
                 [] { FAIL("no catalog is looked for"); return std::string(); });
      CHECK(i18n::languages().empty());
    }
  }
  SUBCASE("the C locale: English, no catalog looked for")
  {
    const std::map<std::string, std::string> env{{"LC_ALL", "C"}, {"LANGUAGE", "de"}};
    ::setenv("LC_ALL", "C", 1); // what setlocale() would read
    i18n::init([&](const char* name) { return env.count(name) != 0 ? env.at(name).c_str() : nullptr; },
               [] { FAIL("no catalog is looked for"); return std::string(); });
    ::unsetenv("LC_ALL");
    CHECK(i18n::languages().empty());
    CHECK(std::string(i18n::tr("Sessions")) == "Sessions");
  }
  SUBCASE("LANGUAGE chooses in C.UTF-8, the catalogs where STRETCH_LOCALEDIR says")
  {
    const std::map<std::string, std::string> env{
      {"LC_ALL", "C.UTF-8"}, {"LANGUAGE", "fr"}, {"STRETCH_LOCALEDIR", STRETCH_TEST_LOCALEDIR}};
    ::setenv("LC_ALL", "C.UTF-8", 1);
    ::setenv("LANGUAGE", "fr", 1);
    i18n::init([&](const char* name) { return env.count(name) != 0 ? env.at(name).c_str() : nullptr; },
               [] { return std::string("/nonexistent"); });
    CHECK(i18n::languages() == std::vector<std::string>{"fr"});
    CHECK(std::string(i18n::tr("Sessions")) == "Séances");
    ::unsetenv("LC_ALL");
    ::unsetenv("LANGUAGE");
    std::setlocale(LC_ALL, "C");
    i18n::use_languages({});
  }
}

TEST_SUITE_END();
