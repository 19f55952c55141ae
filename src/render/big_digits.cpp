// SPDX-License-Identifier: MIT
// Large digits for the seconds left, readable from the floor (`--big`).
#include "render/big_digits.h"

#include <array>

namespace stretch::render {
namespace {

// Each glyph is k_big_rows rows of '#' and ' '.
using Glyph = std::array<std::string_view, k_big_rows>;

constexpr std::array<Glyph, 10> k_digits{{
  {"####", "#  #", "#  #", "#  #", "####"},
  {"  # ", " ## ", "  # ", "  # ", " ###"},
  {"####", "   #", "####", "#   ", "####"},
  {"####", "   #", " ###", "   #", "####"},
  {"#  #", "#  #", "####", "   #", "   #"},
  {"####", "#   ", "####", "   #", "####"},
  {"####", "#   ", "####", "#  #", "####"},
  {"####", "   #", "  # ", " #  ", " #  "},
  {"####", "#  #", "####", "#  #", "####"},
  {"####", "#  #", "####", "   #", "####"},
}};
constexpr Glyph k_colon{" ", "#", " ", "#", " "};
constexpr Glyph k_dot{" ", " ", " ", " ", "#"};
constexpr Glyph k_blank{"    ", "    ", "    ", "    ", "    "};

const Glyph& glyph(char c)
{
  if (c >= '0' && c <= '9') {
    return k_digits[static_cast<std::size_t>(c - '0')];
  }
  if (c == ':') {
    return k_colon;
  }
  if (c == '.') {
    return k_dot;
  }
  return k_blank;
}

} // namespace

std::vector<std::string> big_text(std::string_view text, bool unicode)
{
  std::vector<std::string> rows(k_big_rows);
  for (std::size_t i = 0; i < text.size(); ++i) {
    const Glyph& g = glyph(text[i]);
    for (std::size_t r = 0; r < k_big_rows; ++r) {
      if (i > 0) {
        rows[r] += ' ';
      }
      for (const char pixel : g[r]) {
        rows[r] += pixel == '#' ? (unicode ? "█" : "#") : " ";
      }
    }
  }
  return rows;
}

} // namespace stretch::render
