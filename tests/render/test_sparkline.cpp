// SPDX-License-Identifier: MIT
#include "render/sparkline.h"

#include <doctest/doctest.h>
#include <vector>

using namespace stretch;

TEST_SUITE_BEGIN("render/sparkline");

TEST_CASE("sparkline: heights scaled to the largest, a dot for nothing")
{
  const std::vector<long long> minutes{0, 1, 4, 8, 0, -3, 2};
  CHECK(render::sparkline(minutes, true) == "·▁▄█··▂");
  CHECK(render::sparkline(minutes, false) == "._+@..-");
  const std::vector<long long> none{0, 0};
  CHECK(render::sparkline(none, true) == "··");
  CHECK(render::sparkline({}, true).empty());
  // The smallest day still shows, however busy the busiest.
  const std::vector<long long> skewed{1, 1000};
  CHECK(render::sparkline(skewed, true) == "▁█");
}

TEST_SUITE_END();
