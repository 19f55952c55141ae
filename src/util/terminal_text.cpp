// SPDX-License-Identifier: MIT
// Makes text from routine files safe to print to a terminal.
#include "util/terminal_text.h"

#include "util/grapheme.h"

#include "util/utf8.h"


namespace stretch::util {

bool is_unsafe_code_point(char32_t cp)
{
  return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) || cp == 0x061C || cp == 0x200E || cp == 0x200F
         || (cp >= 0x2028 && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0xFEFF;
}

bool is_invisible_or_space(char32_t cp)
{
  struct Range
  {
    char32_t first;
    char32_t last;
  };
  static constexpr Range k_ranges[] = {
    {0x00A0, 0x00A0}, {0x00AD, 0x00AD}, {0x034F, 0x034F}, {0x115F, 0x1160}, {0x1680, 0x1680},
    {0x17B4, 0x17B5}, {0x180B, 0x180F}, {0x2000, 0x200F}, {0x2028, 0x202F}, {0x205F, 0x206F},
    {0x3000, 0x3000}, {0x3164, 0x3164}, {0xFE00, 0xFE0F}, {0xFEFF, 0xFEFF}, {0xFFA0, 0xFFA0},
    {0xFFF9, 0xFFFB}, {0xE0000, 0xE007F}, {0xE0100, 0xE01EF},
  };
  if (is_unsafe_code_point(cp)) {
    return true;
  }
  for (const Range& range : k_ranges) {
    if (cp >= range.first && cp <= range.last) {
      return true;
    }
  }
  return false;
}

void append_terminal_safe(std::string& out, std::string_view text, bool keep_newlines)
{
  std::size_t pos = 0;
  while (pos < text.size()) {
    // Printable ASCII, most of any text, goes as it is, a run at a time.
    const std::size_t plain_end = printable_ascii_end(text, pos);
    out.append(text.substr(pos, plain_end - pos));
    pos = plain_end;
    if (pos == text.size()) {
      break;
    }
    const std::size_t start = pos;
    const auto cp = decode_utf8(text, pos);
    if (!cp) {
      out += '?';
    } else if (*cp == '\t') {
      out += ' ';
    } else if (*cp == '\n' && keep_newlines) {
      out += '\n';
    } else if (*cp < 0x20) {
      out += '^';
      out += static_cast<char>(*cp + 0x40);
    } else if (*cp == 0x7F) {
      out += "^?";
    } else if (is_unsafe_code_point(*cp)) {
      out += '?';
    } else if (is_default_ignorable(*cp)) {
      // Zero-width and tag characters draw nothing and may hide what a text says: dropped.
    } else {
      out.append(text.substr(start, pos - start));
    }
  }
}

std::string terminal_safe(std::string_view text, bool keep_newlines)
{
  std::string out;
  out.reserve(text.size());
  append_terminal_safe(out, text, keep_newlines);
  return out;
}

} // namespace stretch::util
