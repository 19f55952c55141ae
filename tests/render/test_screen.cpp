// SPDX-License-Identifier: MIT
#include "render/screen.h"

#include <doctest/doctest.h>

using namespace stretch::render;

TEST_SUITE_BEGIN("render/screen");

TEST_CASE("Screen::draw replaces the last drawing in place")
{
  Screen screen;
  CHECK(screen.draw({"one", "two"}) == "one\x1b[K\r\ntwo\x1b[K\x1b[J");
  CHECK(screen.draw({"three"}) == "\r\x1b[1Athree\x1b[K\x1b[J");
  CHECK(screen.draw({"a", "b", "c"}) == "\ra\x1b[K\r\nb\x1b[K\r\nc\x1b[K\x1b[J");
}

TEST_CASE("Screen::draw never goes up more rows than it drew lines, whatever a resize rewrapped")
{
  Screen screen;
  screen.draw({std::string(70, 'x'), "\x1b[1mshort\x1b[0m"});
  // Narrowed to 40 columns, a terminal that rewraps shows the long line on two rows, one
  // that cuts shows it on one: going up one row never reaches the user's lines above.
  CHECK(screen.draw({"new"}) == "\r\x1b[1Anew\x1b[K\x1b[J");
}

TEST_CASE("Screen::clear")
{
  Screen screen;
  CHECK(screen.clear().empty());
  screen.draw({"a", "b"});
  CHECK(screen.clear() == "\r\x1b[1A\x1b[J");
  CHECK(screen.draw({"c"}) == "c\x1b[K\x1b[J");
  CHECK(screen.clear() == "\r\x1b[J");
}

TEST_SUITE_END();
