// SPDX-License-Identifier: MIT
#include "util/terminal_text.h"

#include <doctest/doctest.h>

#include <initializer_list>

using namespace stretch::util;

TEST_SUITE_BEGIN("util/terminal_text");

TEST_CASE("terminal_safe")
{
  SUBCASE("plain text passes") { CHECK(terminal_safe("Press the gas pedal, caf\xC3\xA9") == "Press the gas pedal, caf\xC3\xA9"); }
  SUBCASE("escape sequences lose their ESC")
  {
    const std::string out = terminal_safe("a\x1b[2Jb\x1b]52;c;aGk=\x07");
    CHECK(out == "a^[[2Jb^[]52;c;aGk=^G");
    CHECK(out.find('\x1b') == std::string::npos);
  }
  SUBCASE("C1 controls and bidi overrides")
  {
    CHECK(terminal_safe("x\xC2\x9B" "31m") == "x?31m");
    CHECK(terminal_safe("a\xE2\x80\xAE" "b") == "a?b");
  }
  SUBCASE("DEL, tabs, invalid bytes")
  {
    CHECK(terminal_safe("a\x7f" "b") == "a^?b");
    CHECK(terminal_safe("a\tb") == "a b");
    CHECK(terminal_safe("a\xFF" "b") == "a?b");
  }
  SUBCASE("newlines")
  {
    CHECK(terminal_safe("a\nb") == "a^Jb");
    CHECK(terminal_safe("a\nb", true) == "a\nb");
    CHECK(terminal_safe("a\r\nb", true) == "a^M\nb");
  }
}

TEST_CASE("is_unsafe_code_point")
{
  CHECK(is_unsafe_code_point(0x1b));
  CHECK(is_unsafe_code_point(0x9b));
  CHECK(is_unsafe_code_point(0x202e));
  CHECK_FALSE(is_unsafe_code_point(U'a'));
  CHECK_FALSE(is_unsafe_code_point(0x2588));
  // Line and paragraph separators break a line as a newline does; marks reorder; a BOM hides.
  for (const char32_t cp : {U'\u2028', U'\u2029', U'\u200e', U'\u200f', U'\u061c', U'\ufeff'}) {
    CAPTURE(static_cast<unsigned>(cp));
    CHECK(is_unsafe_code_point(cp));
  }
  CHECK(terminal_safe("a\u2028b\u2029c\ufeffd") == "a?b?c?d");
}

TEST_CASE("is_invisible_or_space")
{
  for (const char32_t cp : std::initializer_list<char32_t>{0x00a0, 0x00ad, 0x2000, 0x200b, 0x200d, 0x2060, 0x3000, 0xfe0f, 0xe0041, 0x2028}) {
    CAPTURE(static_cast<unsigned>(cp));
    CHECK(is_invisible_or_space(cp));
  }
  for (const char32_t cp : {U'a', U'é', U'·', U'…', U'█', U'日'}) {
    CHECK_FALSE(is_invisible_or_space(cp));
  }
}

TEST_SUITE_END();
