// SPDX-License-Identifier: MIT
#include "render/screen.h"

#include <doctest/doctest.h>

using namespace stretch::render;

TEST_SUITE_BEGIN("render/screen");

TEST_CASE("Screen::draw replaces the last drawing in place")
{
  Screen screen;
  CHECK(screen.draw({"one", "two"}, 80) == "one\x1b[K\r\ntwo\x1b[K\x1b[J");
  CHECK(screen.draw({"three"}, 80) == "\r\x1b[1Athree\x1b[K\x1b[J");
  CHECK(screen.draw({"a", "b", "c"}, 80) == "\ra\x1b[K\r\nb\x1b[K\r\nc\x1b[K\x1b[J");
}

TEST_CASE("Screen::draw after a narrower window: up the rows a rewrapping terminal now shows")
{
  Screen screen(true);
  screen.draw({std::string(70, 'x'), "\x1b[1mshort\x1b[0m", std::string(41, 'y')}, 80);
  // At 40 columns the 70 columns take two rows, the 41 two: five in all, a frozen copy
  // of none of them left above.
  CHECK(screen.draw({"new"}, 40) == "\r\x1b[4Anew\x1b[K\x1b[J");
  // Wider again: one row each.
  screen.draw({std::string(30, 'x'), "b"}, 40);
  CHECK(screen.draw({"c"}, 80) == "\r\x1b[1Ac\x1b[K\x1b[J");
  // A line of exactly the width takes one row; wide characters count twice.
  screen.draw({std::string(20, 'x'), "界界界界界界"}, 80);
  CHECK(screen.draw({"d"}, 10) == "\r\x1b[3Ad\x1b[K\x1b[J");
}

TEST_CASE("Screen::draw on a terminal that cuts rows (xterm) never goes up more rows than it drew lines")
{
  Screen screen(false);
  screen.draw({std::string(70, 'x'), "\x1b[1mshort\x1b[0m"}, 80);
  CHECK(screen.draw({"new"}, 40) == "\r\x1b[1Anew\x1b[K\x1b[J");
}

TEST_CASE("Screen::clear")
{
  Screen screen;
  CHECK(screen.clear(80).empty());
  screen.draw({"a", "b"}, 80);
  CHECK(screen.clear(80) == "\r\x1b[1A\x1b[J");
  CHECK(screen.draw({"c"}, 80) == "c\x1b[K\x1b[J");
  CHECK(screen.clear(80) == "\r\x1b[J");
  screen.draw({std::string(50, 'x')}, 80);
  CHECK(screen.clear(20) == "\r\x1b[2A\x1b[J");
}

TEST_SUITE_END();
