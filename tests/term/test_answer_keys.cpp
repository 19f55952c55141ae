// SPDX-License-Identifier: MIT
#include "term/answer_keys.h"

#include "support/language.h"

#include <doctest/doctest.h>

using namespace stretch::term;

TEST_SUITE_BEGIN("term/answer_keys");

TEST_CASE("answer_keys_from")
{
  SUBCASE("English: y and n")
  {
    const AnswerKeys keys = answer_keys_from("^[yY]", "^[nN]", "y", "n", U"sq");
    CHECK(keys.yes == U"y");
    CHECK(keys.no == U"n");
  }
  SUBCASE("German: j before y, n")
  {
    const AnswerKeys keys = answer_keys_from("^[+1jJyY]", "^[-0nN]", "j", "n", U"sq");
    CHECK(keys.yes == U"jy");
    CHECK(keys.no == U"n");
  }
  SUBCASE("French from the catalog alone, the locale being C")
  {
    const AnswerKeys keys = answer_keys_from("^[yY]", "^[nN]", "o", "n", U"sq");
    CHECK(keys.yes == U"oy");
  }
  SUBCASE("a letter that moves on is never an answer: Italian s for si is skip here")
  {
    const AnswerKeys keys = answer_keys_from("^[+1sSyY]", "^[-0nN]", "s", "n", U"sqpbr ?");
    CHECK(keys.yes == U"y");
  }
  SUBCASE("a letter for both answers is neither")
  {
    const AnswerKeys keys = answer_keys_from("^[aAyY]", "^[aAnN]", "", "", U"");
    CHECK(keys.yes == U"y");
    CHECK(keys.no == U"n");
  }
  SUBCASE("letters beyond ASCII, and broken UTF-8 ignored")
  {
    const AnswerKeys keys = answer_keys_from("^[+1yYдД]", "^[-0nNнН]", "\xFF", "", U"");
    CHECK(keys.yes == U"дy");
    CHECK(keys.no == U"нn");
  }
}

TEST_CASE("answer_keys")
{
  CHECK(answer_keys().yes.back() == U'y');
  const stretch::test::InLanguage german("de");
  CHECK(answer_keys().yes.front() == U'j'); // worked out again for the new language
  CHECK(answer_keys().no == U"n");
}

TEST_CASE("lower_letter")
{
  CHECK(lower_letter(U'J') == U'j');
  CHECK(lower_letter(U'Ö') == U'ö');
  CHECK(lower_letter(U'Д') == U'д');
  CHECK(lower_letter(U'×') == U'×');
  CHECK(lower_letter(U'7') == U'7');
}

TEST_SUITE_END();
