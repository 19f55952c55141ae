// SPDX-License-Identifier: MIT
// Word-wrapping text to a terminal width.
#include "util/wrap.h"

#include "util/strings.h"
#include "util/utf8.h"

namespace stretch::util {

std::vector<std::string> wrap_to_width(std::string_view text, std::size_t width, std::size_t max_lines,
                                       std::string_view ellipsis)
{
  std::vector<std::string> lines;
  if (width == 0 || max_lines == 0) {
    return lines;
  }
  std::string line;
  bool cut = false;
  for (const std::string_view word : split_words(text)) {
    const std::size_t used = display_width(line);
    const std::size_t needed = display_width(word) + (line.empty() ? 0 : 1);
    if (used + needed <= width) {
      if (!line.empty()) {
        line += ' ';
      }
      line += word;
      continue;
    }
    if (!line.empty()) {
      lines.push_back(std::move(line));
      line.clear();
    }
    if (lines.size() == max_lines) {
      cut = true;
      break;
    }
    line = display_width(word) <= width ? std::string(word) : truncate_to_width(word, width, ellipsis);
  }
  if (!cut && !line.empty()) {
    if (lines.size() < max_lines) {
      lines.push_back(std::move(line));
    } else {
      cut = true;
    }
  }
  if (cut && !lines.empty()) {
    std::string& last = lines.back();
    last = truncate_to_width(last + " " + std::string(ellipsis), width, ellipsis);
  }
  return lines;
}

} // namespace stretch::util
