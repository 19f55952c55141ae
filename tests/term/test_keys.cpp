// SPDX-License-Identifier: MIT
#include "term/keys.h"

#include <doctest/doctest.h>

using namespace stretch::term;
using Kind = Key::Kind;

namespace {

std::vector<Kind> kinds(std::string_view bytes)
{
  std::vector<Kind> out;
  for (const Key& key : decode_keys(bytes)) {
    out.push_back(key.kind);
  }
  return out;
}

} // namespace

TEST_SUITE_BEGIN("term/keys");

TEST_CASE("decode_keys")
{
  SUBCASE("letters and space")
  {
    const auto keys = decode_keys("n p");
    REQUIRE(keys.size() == 3);
    CHECK(keys[0].is('n'));
    CHECK(keys[1].is(' '));
    CHECK(keys[2].is('p'));
    CHECK_FALSE(keys[0].is('p'));
  }
  SUBCASE("arrows, in CSI and SS3 forms")
  {
    CHECK(kinds("\x1b[C\x1b[D\x1b[A\x1b[B") == std::vector<Kind>{Kind::right, Kind::left, Kind::up, Kind::down});
    CHECK(kinds("\x1bOC\x1bOD") == std::vector<Kind>{Kind::right, Kind::left});
    CHECK(kinds("\x1b[1;5C") == std::vector<Kind>{Kind::right});
  }
  SUBCASE("Escape alone, and twice")
  {
    CHECK(kinds("\x1b") == std::vector<Kind>{Kind::escape});
    CHECK(kinds("\x1b\x1b") == std::vector<Kind>{Kind::escape, Kind::escape});
  }
  SUBCASE("Enter, backspace and other sequences")
  {
    CHECK(kinds("\r\n") == std::vector<Kind>{Kind::enter, Kind::enter});
    CHECK(kinds("\x7f") == std::vector<Kind>{Kind::backspace});
    CHECK(kinds("\x1b[3~") == std::vector<Kind>{Kind::other});
    CHECK(kinds("\x1bx") == std::vector<Kind>{Kind::other});
    CHECK(kinds("\x01") == std::vector<Kind>{Kind::other});
  }
  SUBCASE("UTF-8 characters and broken bytes")
  {
    const auto keys = decode_keys("\xC3\xA9\xFF");
    REQUIRE(keys.size() == 2);
    CHECK(keys[0].character == U'\u00E9');
    CHECK(keys[1].kind == Kind::other);
  }
  SUBCASE("a cut-off CSI sequence")
  {
    CHECK(kinds("\x1b[12") == std::vector<Kind>{Kind::other});
  }
}

TEST_SUITE_END();
