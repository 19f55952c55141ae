// SPDX-License-Identifier: MIT
// A row of values as a row of characters whose height follows them.
#include "render/sparkline.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace stretch::render {

std::string sparkline(std::span<const long long> values, bool unicode)
{
  constexpr std::array<std::string_view, 8> k_blocks{"▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"};
  constexpr std::string_view k_ascii = "_-=+*#%@";
  const long long most = values.empty() ? 0 : std::max<long long>(0, *std::max_element(values.begin(), values.end()));
  std::string out;
  for (const long long value : values) {
    if (value <= 0) {
      out += unicode ? "·" : ".";
      continue;
    }
    // 1 to 8: the smallest value still shows, the largest is full.
    const auto level = static_cast<std::size_t>(std::clamp<long long>((value * 8 + most - 1) / most, 1, 8)) - 1;
    if (unicode) {
      out += k_blocks[level];
    } else {
      out += k_ascii[level];
    }
  }
  return out;
}

} // namespace stretch::render
