// SPDX-License-Identifier: MIT
// UTF-8 decoding and the display width of text in a terminal.
#include "util/utf8.h"

namespace stretch::util {

std::optional<char32_t> decode_utf8(std::string_view text, std::size_t& pos)
{
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(pos);
  std::size_t length = 0;
  char32_t cp = 0;
  char32_t min = 0;
  if (lead < 0x80) {
    ++pos;
    return lead;
  }
  if ((lead & 0xE0) == 0xC0) {
    length = 2, cp = lead & 0x1Fu, min = 0x80;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3, cp = lead & 0x0Fu, min = 0x800;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4, cp = lead & 0x07u, min = 0x10000;
  } else {
    ++pos;
    return std::nullopt;
  }
  if (pos + length > text.size()) {
    ++pos;
    return std::nullopt;
  }
  for (std::size_t i = 1; i < length; ++i) {
    if ((byte(pos + i) & 0xC0) != 0x80) {
      ++pos;
      return std::nullopt;
    }
    cp = (cp << 6) | (byte(pos + i) & 0x3Fu);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    ++pos;
    return std::nullopt;
  }
  pos += length;
  return cp;
}

int code_point_width(char32_t cp)
{
  // Combining marks and zero-width characters.
  if ((cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x1AB0 && cp <= 0x1AFF)
      || (cp >= 0x1DC0 && cp <= 0x1DFF) || (cp >= 0x20D0 && cp <= 0x20FF)
      || (cp >= 0xFE20 && cp <= 0xFE2F) || (cp >= 0x200B && cp <= 0x200F)
      || (cp >= 0xFE00 && cp <= 0xFE0F)) {
    return 0;
  }
  // Wide East Asian scripts, full-width forms and emoji.
  if ((cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E)
      || (cp >= 0x3041 && cp <= 0x33FF) || (cp >= 0x3400 && cp <= 0x4DBF)
      || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF)
      || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF)
      || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
      || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F)
      || (cp >= 0x1F900 && cp <= 0x1F9FF) || (cp >= 0x20000 && cp <= 0x3FFFD)) {
    return 2;
  }
  return 1;
}

std::size_t display_width(std::string_view text)
{
  std::size_t width = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const auto cp = decode_utf8(text, pos);
    width += cp ? static_cast<std::size_t>(code_point_width(*cp)) : 1;
  }
  return width;
}

std::string truncate_to_width(std::string_view text, std::size_t width, std::string_view ellipsis)
{
  if (display_width(text) <= width) {
    return std::string(text);
  }
  const std::size_t mark = display_width(ellipsis);
  if (width <= mark) {
    return std::string(ellipsis.substr(0, width));
  }
  std::string out;
  std::size_t used = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t start = pos;
    const auto cp = decode_utf8(text, pos);
    const auto w = cp ? static_cast<std::size_t>(code_point_width(*cp)) : 1;
    if (used + w > width - mark) {
      break;
    }
    used += w;
    out.append(text.substr(start, pos - start));
  }
  return out + std::string(ellipsis);
}

std::string pad_to_width(std::string_view text, std::size_t width)
{
  std::string out(text);
  const std::size_t used = display_width(text);
  if (used < width) {
    out.append(width - used, ' ');
  }
  return out;
}

} // namespace stretch::util
