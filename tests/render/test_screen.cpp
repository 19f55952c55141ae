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

TEST_CASE("Screen::draw counts lines the terminal rewrapped after a resize")
{
  Screen screen;
  screen.draw({std::string(70, 'x'), "\x1b[1mshort\x1b[0m"}, 80);
  // At 40 columns the 70-column line takes two rows: up 2 rows, not 1.
  CHECK(screen.draw({"new"}, 40) == "\r\x1b[2Anew\x1b[K\x1b[J");
}

TEST_CASE("Screen::clear and print_above")
{
  Screen screen;
  CHECK(screen.clear(80).empty());
  screen.draw({"a", "b"}, 80);
  CHECK(screen.print_above("note\n", 80) == "\r\x1b[1A\x1b[Jnote\r\n");
  CHECK(screen.draw({"c"}, 80) == "c\x1b[K\x1b[J");
  CHECK(screen.clear(80) == "\r\x1b[J");
}

TEST_SUITE_END();
