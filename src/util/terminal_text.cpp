// Makes text from routine files safe to print to a terminal.
#include "util/terminal_text.h"

#include "util/utf8.h"

namespace stretch::util {

bool is_unsafe_code_point(char32_t cp)
{
  return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) || (cp >= 0x202A && cp <= 0x202E)
         || (cp >= 0x2066 && cp <= 0x2069);
}

std::string terminal_safe(std::string_view text, bool keep_newlines)
{
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
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
    } else {
      out.append(text.substr(start, pos - start));
    }
  }
  return out;
}

} // namespace stretch::util
