// SPDX-License-Identifier: MIT
#include "i18n/dates.h"

#include "support/language.h"

#include <doctest/doctest.h>

using namespace stretch;

TEST_SUITE_BEGIN("i18n/dates");

TEST_CASE("month and weekday names")
{
  SUBCASE("English in the C locale")
  {
    CHECK(i18n::month_abbreviation(5) == "May");
    CHECK(i18n::month_name(5) == "May");
    CHECK(i18n::month_abbreviation(12) == "Dec");
    CHECK(i18n::weekday_abbreviation(0) == "Sun");
    CHECK(i18n::weekday_abbreviation(1) == "Mon");
  }
  SUBCASE("from the catalog when the locale of dates has none of the language")
  {
    const test::InLanguage german("de");
    CHECK(i18n::month_abbreviation(3) == "Mär");
    CHECK(i18n::month_name(3) == "März");
    CHECK(i18n::weekday_abbreviation(3) == "Mi");
    const test::InLanguage french("fr");
    CHECK(i18n::month_name(8) == "août");
  }
}

TEST_CASE("first_weekday")
{
  CHECK(i18n::first_weekday() == 1); // the C locale: Monday, as ISO 8601 has it
}

TEST_CASE("long_date")
{
  CHECK(i18n::long_date(2026, 12, 3) == "3 December 2026");
  const test::InLanguage german("de");
  CHECK(i18n::long_date(2026, 12, 3) == "3. Dezember 2026");
}

TEST_SUITE_END();
