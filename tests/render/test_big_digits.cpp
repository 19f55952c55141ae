// SPDX-License-Identifier: MIT
#include "render/big_digits.h"

#include <doctest/doctest.h>

using namespace stretch::render;

TEST_SUITE_BEGIN("render/big_digits");

TEST_CASE("big_text")
{
  CHECK(big_text("0:07", false) == std::vector<std::string>{
                                     "####   #### ####",
                                     "#  # # #  #    #",
                                     "#  #   #  #   # ",
                                     "#  # # #  #  #  ",
                                     "####   ####  #  ",
                                   });
}

TEST_CASE("big_text rows are equally wide")
{
  const auto rows = big_text("1:23", true);
  REQUIRE(rows.size() == k_big_rows);
  CHECK(rows[0].find("█") != std::string::npos);
}

TEST_SUITE_END();
