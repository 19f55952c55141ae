// SPDX-License-Identifier: MIT
// UTF-8 decoding and the display width of text in a terminal.
#include "util/utf8.h"

#include "util/grapheme.h"
#include "util/locale.h"

#include <cstdint>
#include <cstring>
#include <cwchar>

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

std::string encode_utf8(char32_t cp)
{
  std::string text;
  if (cp < 0x80) {
    text += static_cast<char>(cp);
  } else if (cp < 0x800) {
    text += static_cast<char>(0xC0 | (cp >> 6));
    text += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    text += static_cast<char>(0xE0 | (cp >> 12));
    text += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    text += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    text += static_cast<char>(0xF0 | (cp >> 18));
    text += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    text += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    text += static_cast<char>(0x80 | (cp & 0x3F));
  }
  return text;
}

int code_point_width(char32_t cp)
{
  if (cp >= 0x20 && cp < 0x7F) {
    return 1; // ASCII, most of any text: no need to ask
  }
  // Latin letters and punctuation, dashes and quotes, arrows, box drawing and blocks: one
  // column, as the C library says, without loading a locale to ask it.
  if ((cp >= 0xA0 && cp < 0x300) || (cp >= 0x2010 && cp <= 0x2027) || (cp >= 0x2030 && cp <= 0x205E)
      || (cp >= 0x2190 && cp <= 0x21FF) || (cp >= 0x2500 && cp <= 0x259F)) {
    return 1;
  }
  // Else the C library's answer, in a UTF-8 locale for character types (loaded now if it
  // was not); what it does not know takes one column.
  ensure_width_locale();
  const int width = ::wcwidth(static_cast<wchar_t>(cp));
  return width < 0 ? 1 : width;
}

std::size_t printable_ascii_end(std::string_view text, std::size_t pos)
{
  constexpr std::uint64_t k_ones = 0x0101010101010101ULL;
  constexpr std::uint64_t k_highs = 0x8080808080808080ULL;
  while (pos + 8 <= text.size()) {
    std::uint64_t word = 0;
    std::memcpy(&word, text.data() + pos, 8);
    const std::uint64_t high = word & k_highs;                         // 0x80 and above
    const std::uint64_t low = (word - 0x20 * k_ones) & ~word & k_highs; // below 0x20
    const std::uint64_t del = ((word ^ (0x7F * k_ones)) - k_ones) & ~(word ^ (0x7F * k_ones)) & k_highs; // 0x7F
    if ((high | low | del) != 0) {
      break;
    }
    pos += 8;
  }
  while (pos < text.size()) {
    const auto byte = static_cast<unsigned char>(text[pos]);
    if (byte < 0x20 || byte >= 0x7F) {
      break;
    }
    ++pos;
  }
  return pos;
}

std::size_t display_width(std::string_view text)
{
  std::size_t width = 0;
  std::size_t pos = 0;
  ClusterWidth clusters;
  while (pos < text.size()) {
    const std::size_t plain_end = printable_ascii_end(text, pos);
    if (plain_end > pos) {
      width += plain_end - pos; // a column a byte
      clusters = ClusterWidth{};
    }
    pos = plain_end;
    if (pos == text.size()) {
      break;
    }
    const auto cp = decode_utf8(text, pos);
    width += cp ? static_cast<std::size_t>(clusters.add(*cp)) : 1;
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
    // Room for no text: as much of the mark as fits, whole characters only.
    return width == mark ? std::string(ellipsis) : truncate_to_width(ellipsis, width, "");
  }
  std::string out;
  std::size_t used = 0;
  std::size_t pos = 0;
  ClusterWidth clusters;
  while (pos < text.size()) {
    const std::size_t start = pos;
    const auto cp = decode_utf8(text, pos);
    const auto w = cp ? static_cast<std::size_t>(clusters.add(*cp)) : 1;
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
