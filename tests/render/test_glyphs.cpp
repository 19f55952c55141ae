// SPDX-License-Identifier: MIT
#include "render/glyphs.h"

#include <doctest/doctest.h>

using namespace stretch;

TEST_SUITE_BEGIN("render/glyphs");

TEST_CASE("Glyphs::of")
{
  CHECK(render::Glyphs::of(true).separator == " · ");
  CHECK(render::Glyphs::of(true).ellipsis == "…");
  CHECK(render::Glyphs::of(false).separator == " - ");
  CHECK(render::Glyphs::of(false).ellipsis == "...");
  CHECK(render::Glyphs::of(false).bar_done == "#");
}

TEST_CASE("ascii_fallback")
{
  CHECK(render::ascii_fallback("PRESS · calf") == "PRESS - calf");
  CHECK(render::ascii_fallback("wait… then — go “now” ’tis 2×") == "wait... then - go \"now\" 'tis 2x");
  CHECK(render::ascii_fallback("Wädenkühle") == "Wädenkühle"); // letters are kept
  CHECK(render::for_locale("a · b", true) == "a · b");
  CHECK(render::for_locale("a · b", false) == "a - b");
}

TEST_SUITE_END();
