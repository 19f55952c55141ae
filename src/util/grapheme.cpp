// SPDX-License-Identifier: MIT
// How many columns a terminal gives a grapheme cluster that draws as one emoji.
#include "util/grapheme.h"

#include "util/utf8.h"

#include <algorithm>
#include <iterator>

namespace stretch::util {
namespace {

struct Range
{
  char32_t first;
  char32_t last;
};

template <std::size_t N>
bool in(const Range (&ranges)[N], char32_t cp)
{
  const auto* after = std::upper_bound(std::begin(ranges), std::end(ranges), cp,
                                       [](char32_t c, const Range& r) { return c < r.first; });
  return after != std::begin(ranges) && cp <= std::prev(after)->last;
}

// Extended_Pictographic, in sorted ranges (emoji-data.txt, merged where little is lost).
constexpr Range k_pictographic[] = {
  {0x00A9, 0x00A9},   {0x00AE, 0x00AE},   {0x203C, 0x203C},   {0x2049, 0x2049},   {0x2122, 0x2122},
  {0x2139, 0x2139},   {0x2194, 0x2199},   {0x21A9, 0x21AA},   {0x231A, 0x231B},   {0x2328, 0x2328},
  {0x2388, 0x2388},   {0x23CF, 0x23CF},   {0x23E9, 0x23F3},   {0x23F8, 0x23FA},   {0x24C2, 0x24C2},
  {0x25AA, 0x25AB},   {0x25B6, 0x25B6},   {0x25C0, 0x25C0},   {0x25FB, 0x25FE},   {0x2600, 0x2605},
  {0x2607, 0x2612},   {0x2614, 0x2685},   {0x2690, 0x2705},   {0x2708, 0x2712},   {0x2714, 0x2714},
  {0x2716, 0x2716},   {0x271D, 0x271D},   {0x2721, 0x2721},   {0x2728, 0x2728},   {0x2733, 0x2734},
  {0x2744, 0x2744},   {0x2747, 0x2747},   {0x274C, 0x274C},   {0x274E, 0x274E},   {0x2753, 0x2755},
  {0x2757, 0x2757},   {0x2763, 0x2767},   {0x2795, 0x2797},   {0x27A1, 0x27A1},   {0x27B0, 0x27B0},
  {0x27BF, 0x27BF},   {0x2934, 0x2935},   {0x2B05, 0x2B07},   {0x2B1B, 0x2B1C},   {0x2B50, 0x2B50},
  {0x2B55, 0x2B55},   {0x3030, 0x3030},   {0x303D, 0x303D},   {0x3297, 0x3297},   {0x3299, 0x3299},
  {0x1F000, 0x1F0FF}, {0x1F10D, 0x1F10F}, {0x1F12F, 0x1F12F}, {0x1F16C, 0x1F171}, {0x1F17E, 0x1F17F},
  {0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A}, {0x1F1AD, 0x1F1E5}, {0x1F201, 0x1F20F}, {0x1F21A, 0x1F21A},
  {0x1F22F, 0x1F22F}, {0x1F232, 0x1F23A}, {0x1F23C, 0x1F23F}, {0x1F249, 0x1F3FA}, {0x1F400, 0x1F53D},
  {0x1F546, 0x1F64F}, {0x1F680, 0x1F6FF}, {0x1F774, 0x1F77F}, {0x1F7D5, 0x1F7FF}, {0x1F80C, 0x1F80F},
  {0x1F848, 0x1F84F}, {0x1F85A, 0x1F85F}, {0x1F888, 0x1F88F}, {0x1F8AE, 0x1F8FF}, {0x1F90C, 0x1F93A},
  {0x1F93C, 0x1F945}, {0x1F947, 0x1FAFF}, {0x1FC00, 0x1FFFD},
};

// Default_Ignorable_Code_Point (DerivedCoreProperties.txt).
constexpr Range k_ignorable[] = {
  {0x00AD, 0x00AD},   {0x034F, 0x034F},   {0x061C, 0x061C},   {0x115F, 0x1160},   {0x17B4, 0x17B5},
  {0x180B, 0x180F},   {0x200B, 0x200F},   {0x202A, 0x202E},   {0x2060, 0x206F},   {0x3164, 0x3164},
  {0xFE00, 0xFE0F},   {0xFEFF, 0xFEFF},   {0xFFA0, 0xFFA0},   {0xFFF0, 0xFFF8},   {0x1BCA0, 0x1BCA3},
  {0x1D173, 0x1D17A}, {0xE0000, 0xE0FFF},
};

constexpr char32_t k_zwj = 0x200D;
constexpr char32_t k_emoji_presentation = 0xFE0F;

bool is_skin_tone(char32_t cp)
{
  return cp >= 0x1F3FB && cp <= 0x1F3FF;
}

bool is_regional_indicator(char32_t cp)
{
  return cp >= 0x1F1E6 && cp <= 0x1F1FF;
}

} // namespace

bool is_pictographic(char32_t cp)
{
  return in(k_pictographic, cp);
}

bool is_default_ignorable(char32_t cp)
{
  return in(k_ignorable, cp);
}

int ClusterWidth::add(char32_t cp)
{
  const bool joining = m_joining;
  m_joining = false;
  if (joining && is_pictographic(cp)) {
    return 0; // 👨‍👩: one emoji on screen
  }
  if (cp == k_zwj) {
    m_joining = m_pictographic;
    return 0;
  }
  if (m_pictographic && is_skin_tone(cp)) {
    return 0; // 👍🏽
  }
  if (m_pictographic && cp == k_emoji_presentation) {
    const int more = m_width == 1 ? 1 : 0; // ❤️ takes two columns, ❤ one
    m_width += more;
    return more;
  }
  if (is_regional_indicator(cp)) {
    m_pictographic = false;
    m_flag_half = !m_flag_half;
    m_width = m_flag_half ? 2 : 0;
    return m_width; // a pair is one flag, two columns
  }
  const int width = code_point_width(cp);
  m_flag_half = false;
  if (width > 0) {
    m_pictographic = is_pictographic(cp);
    m_width = width;
  }
  return width;
}

} // namespace stretch::util
