// SPDX-License-Identifier: MIT
#include "util/locale.h"

#include "util/utf8.h"

#include <cwchar>
#include <doctest/doctest.h>
#include <ios>

using namespace stretch::util;

TEST_SUITE_BEGIN("util/locale");

TEST_CASE("utf8_environment: LC_ALL, else LC_CTYPE, else LANG, by its character set")
{
  CHECK(utf8_environment(nullptr, nullptr, "de_DE.UTF-8"));
  CHECK(utf8_environment(nullptr, nullptr, "C.utf8"));
  CHECK(utf8_environment(nullptr, "fr_FR.UTF-8@euro", "C"));
  CHECK_FALSE(utf8_environment("C", "fr_FR.UTF-8", "de_DE.UTF-8"));
  CHECK(utf8_environment("", "fr_FR.UTF-8", nullptr)); // empty is unset
  CHECK_FALSE(utf8_environment(nullptr, nullptr, "de_DE")); // a language's own character set
  CHECK_FALSE(utf8_environment(nullptr, nullptr, "de_DE.ISO-8859-1"));
  CHECK_FALSE(utf8_environment(nullptr, nullptr, nullptr));
}

TEST_CASE("is_utf8_codeset")
{
  CHECK(is_utf8_codeset("UTF-8"));
  CHECK(is_utf8_codeset("utf8"));
  CHECK_FALSE(is_utf8_codeset("ANSI_X3.4-1968"));
  CHECK_FALSE(is_utf8_codeset("ISO-8859-1"));
  CHECK_FALSE(is_utf8_codeset(""));
}

TEST_CASE("display_width agrees with the C library's wcwidth, for every code point it knows")
{
  // The test program adopted a UTF-8 locale for character types, as the program does.
  REQUIRE(::wcwidth(L'\u4e2d') == 2);
  std::size_t compared = 0;
  for (char32_t cp = 0x20; cp <= 0x10FFFF; ++cp) {
    if ((cp >= 0xD800 && cp <= 0xDFFF) || (cp >= 0x7F && cp < 0xA0)) {
      continue; // surrogates and controls: never text
    }
    const int expected = ::wcwidth(static_cast<wchar_t>(cp));
    if (expected >= 0) {
      ++compared;
      if (code_point_width(cp) != expected) {
        FAIL("U+" << std::hex << static_cast<unsigned>(cp) << ": " << code_point_width(cp) << " columns, not " << expected);
      }
    }
  }
  CHECK(compared > 100'000);
}

TEST_CASE("display_width of what tables hold: emoji, combining marks, wide characters")
{
  CHECK(display_width("calf") == 4);
  CHECK(display_width("\U0001F44D") == 2);       // thumbs up
  CHECK(display_width("e\u0301tirement") == 9);  // é written as e and a combining acute
  CHECK(display_width("\u4e2d\u6587") == 4);     // 中文
  CHECK(display_width("a\u200db") == 2);         // zero-width joiner
  CHECK(display_width("\u2615") == 2);           // hot beverage: an emoji that older tables missed
  CHECK(pad_to_width("e\u0301", 3) == "e\u0301  ");
}

TEST_SUITE_END();
