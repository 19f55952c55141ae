// SPDX-License-Identifier: MIT
#include "i18n/language.h"

#include <doctest/doctest.h>

using namespace stretch::i18n;
using List = std::vector<std::string>;

TEST_SUITE_BEGIN("i18n/language");

TEST_CASE("message_languages")
{
  SUBCASE("the C locale is English whatever LANGUAGE says, as gettext has it")
  {
    CHECK(message_languages("C", "de") == List{});
    CHECK(message_languages("POSIX", "fr:de") == List{});
    CHECK(message_languages("", "de") == List{});
  }
  SUBCASE("C.UTF-8 is a locale of its own: LANGUAGE chooses")
  {
    CHECK(message_languages("C.UTF-8", "de") == List{"de"});
    CHECK(message_languages("C.UTF-8", "") == List{}); // C itself: English
  }
  SUBCASE("the locale's language, with its country first")
  {
    CHECK(message_languages("de_AT.UTF-8", "") == List{"de_AT", "de"});
    CHECK(message_languages("fr_FR.UTF-8@euro", "") == List{"fr_FR", "fr"});
  }
  SUBCASE("LANGUAGE's list in order, each with its plain language")
  {
    CHECK(message_languages("en_US.UTF-8", "pt_BR:fr") == List{"pt_BR", "pt", "fr"});
    CHECK(message_languages("en_US.UTF-8", "::de::") == List{"de"});
  }
  SUBCASE("English first means English: no catalog is looked for")
  {
    CHECK(message_languages("en_GB.UTF-8", "") == List{});
    CHECK(message_languages("de_DE.UTF-8", "en:de") == List{});
    CHECK(message_languages("de_DE.UTF-8", "fr:en:de") == List{"fr"});
  }
}

TEST_CASE("language_part and base_language")
{
  CHECK(language_part("de_DE.UTF-8@euro") == "de_DE");
  CHECK(language_part("de") == "de");
  CHECK(base_language("pt_BR.UTF-8") == "pt");
  CHECK(base_language("") == "");
}

TEST_CASE("is_language_tag")
{
  CHECK(is_language_tag("de"));
  CHECK(is_language_tag("fil"));
  CHECK(is_language_tag("pt_BR"));
  CHECK_FALSE(is_language_tag(""));
  CHECK_FALSE(is_language_tag("d"));
  CHECK_FALSE(is_language_tag("DE"));
  CHECK_FALSE(is_language_tag("de-DE"));
  CHECK_FALSE(is_language_tag("de_de"));
  CHECK_FALSE(is_language_tag("de_DEU"));
  CHECK_FALSE(is_language_tag("../x"));
}

TEST_SUITE_END();
