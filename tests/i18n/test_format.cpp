// SPDX-License-Identifier: MIT
#include "i18n/format.h"

#include "support/language.h"

#include <doctest/doctest.h>

using namespace stretch;

TEST_SUITE_BEGIN("i18n/format");

TEST_CASE("trf")
{
  CHECK(i18n::trf("Tip: {tip}", fmt::arg("tip", "drink")) == "Tip: drink");
  const test::InLanguage german("de");
  CHECK(i18n::trf("Tip: {tip}", fmt::arg("tip", "trinken")) == "Tipp: trinken");
  // Placeholders in the translation's own order.
  CHECK(i18n::trf("{day} {month} {year}", fmt::arg("day", 3), fmt::arg("month", "Dezember"), fmt::arg("year", 2026))
        == "3. Dezember 2026");
}

TEST_CASE("trnf")
{
  CHECK(i18n::trnf("{n} day", "{n} days", 1) == "1 day");
  CHECK(i18n::trnf("{n} day", "{n} days", std::size_t{3}) == "3 days");
  const test::InLanguage german("de");
  CHECK(i18n::trnf("{n} day", "{n} days", 1) == "1 Tag");
  CHECK(i18n::trnf("{n} day", "{n} days", 5) == "5 Tage");
}

TEST_CASE("format_either")
{
  SUBCASE("a broken translation: the English text, never an exception")
  {
    CHECK(i18n::format_either("Tipp: {tipp}", "Tip: {tip}", fmt::arg("tip", "x")) == "Tip: x");
    CHECK(i18n::format_either("Tipp: {tip", "Tip: {tip}", fmt::arg("tip", "x")) == "Tip: x");
  }
  SUBCASE("a broken English text is the program's own mistake, and says so")
  {
    const char* english = "Tip: {tipp}";
    CHECK_THROWS_AS(i18n::format_either(english, english, fmt::arg("tip", "x")), fmt::format_error);
  }
}

TEST_SUITE_END();
