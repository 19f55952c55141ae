// SPDX-License-Identifier: MIT
#include "render/progress_bar.h"

#include <doctest/doctest.h>

using namespace stretch::render;

TEST_SUITE_BEGIN("render/progress_bar");

TEST_CASE("progress_bar")
{
  const Palette plain = Palette::plain();
  CHECK(progress_bar(0.5, 10, false, plain) == "#####-----");
  CHECK(progress_bar(0.0, 4, false, plain) == "----");
  CHECK(progress_bar(1.0, 4, false, plain) == "####");
  CHECK(progress_bar(2.0, 4, false, plain) == "####");
  CHECK(progress_bar(-1.0, 4, false, plain) == "----");
  CHECK(progress_bar(0.25, 4, true, plain) == "█░░░");
  CHECK(progress_bar(0.5, 0, true, plain).empty());
  CHECK(progress_bar(0.5, 4, false, Palette::colored()) == "\x1b[32m##\x1b[0m\x1b[2m--\x1b[0m");
}

TEST_SUITE_END();
