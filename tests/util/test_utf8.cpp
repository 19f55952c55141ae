// SPDX-License-Identifier: MIT
#include "util/utf8.h"

#include <doctest/doctest.h>

#include <string>

using namespace stretch::util;

TEST_SUITE_BEGIN("util/utf8");

TEST_CASE("encode_utf8")
{
  CHECK(encode_utf8(U'j') == "j");
  CHECK(encode_utf8(U'ö') == "\xC3\xB6");
  CHECK(encode_utf8(U'€') == "\xE2\x82\xAC");
  CHECK(encode_utf8(U'\U0001F3C3') == "\xF0\x9F\x8F\x83");
  for (const char32_t cp : {U'a', U'д', U'€', U'\U0001F3C3'}) {
    const std::string text = encode_utf8(cp);
    std::size_t pos = 0;
    CHECK(decode_utf8(text, pos) == cp);
    CHECK(pos == text.size());
  }
}

TEST_CASE("decode_utf8")
{
  SUBCASE("ASCII and multibyte")
  {
    const std::string text = "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80";
    std::size_t pos = 0;
    CHECK(decode_utf8(text, pos) == U'a');
    CHECK(decode_utf8(text, pos) == U'\u00E9');
    CHECK(decode_utf8(text, pos) == U'\u20AC');
    CHECK(decode_utf8(text, pos) == U'\U0001F600');
    CHECK(pos == text.size());
  }
  SUBCASE("invalid sequences advance one byte")
  {
    for (const std::string bad : {"\xFF", "\xC3", "\xC0\xAF", "\xED\xA0\x80", "\xE2\x28\xA1"}) {
      std::size_t pos = 0;
      CHECK_FALSE(decode_utf8(bad, pos));
      CHECK(pos == 1);
    }
  }
}

TEST_CASE("printable_ascii_end stops at the first byte that is not printable ASCII, wherever it stands")
{
  const std::string plain(40, 'a');
  CHECK(printable_ascii_end(plain) == plain.size());
  CHECK(printable_ascii_end(plain, 39) == plain.size());
  CHECK(printable_ascii_end("") == 0);
  // Each kind of byte, at every offset in and around an eight-byte word.
  for (const char bad : {'\0', '\x1F', '\x7F', '\x80', '\xC3', '\xFF', '\n', '\t'}) {
    for (std::size_t at = 0; at < 20; ++at) {
      std::string text = plain;
      text[at] = bad;
      CAPTURE(at);
      CAPTURE(static_cast<int>(static_cast<unsigned char>(bad)));
      CHECK(printable_ascii_end(text) == at);
      CHECK(printable_ascii_end(text, at) == at);
      CHECK(printable_ascii_end(text, at + 1) == text.size());
    }
  }
  // The edges of the printable range pass.
  CHECK(printable_ascii_end(" ~ ~ ~ ~ ~ ~") == 12);
}

TEST_CASE("display_width")
{
  CHECK(display_width(std::string(30, 'x') + "\xE6\x97\xA5" + std::string(9, 'y')) == 41);
  CHECK(display_width("calf") == 4);
  CHECK(display_width("caf\xC3\xA9") == 4);
  CHECK(display_width("e\xCC\x81") == 1);          // e + combining acute
  CHECK(display_width("\xE6\x97\xA5\xE6\x9C\xAC") == 4); // two wide CJK characters
}

TEST_CASE("truncate_to_width")
{
  CHECK(truncate_to_width("short", 10) == "short");
  CHECK(truncate_to_width("a longer text", 8) == "a longe…");
  CHECK(display_width(truncate_to_width("\xE6\x97\xA5\xE6\x9C\xAC\xE6\x97\xA5", 4)) <= 4);
  CHECK(truncate_to_width("abc", 0).empty());
}

TEST_CASE("pad_to_width")
{
  CHECK(pad_to_width("ab", 4) == "ab  ");
  CHECK(pad_to_width("caf\xC3\xA9", 5) == "caf\xC3\xA9 ");
  CHECK(pad_to_width("abcdef", 3) == "abcdef");
}

TEST_SUITE_END();
