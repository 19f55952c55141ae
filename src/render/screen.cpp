// SPDX-License-Identifier: MIT
// Redraws a block of lines in place on a terminal, below whatever scrolled past.
#include "render/screen.h"

#include "util/utf8.h"

#include <fmt/format.h>

namespace stretch::render {

namespace {

// The columns `line` takes: its display width, escape sequences left out.
std::size_t visible_width(std::string_view line)
{
  std::string text;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '\x1b' && i + 1 < line.size() && line[i + 1] == '[') {
      i += 2;
      while (i < line.size() && (line[i] < 0x40 || line[i] > 0x7e)) {
        ++i; // up to the final byte of a CSI sequence
      }
      continue;
    }
    text += line[i];
  }
  return util::display_width(text);
}

} // namespace

std::string Screen::back_to_start(std::size_t columns) const
{
  std::size_t rows = 0;
  for (const std::size_t width : m_widths) {
    rows += m_rewraps && columns > 0 && width > columns ? (width + columns - 1) / columns : 1;
  }
  if (rows == 0) {
    return {};
  }
  return rows == 1 ? std::string("\r") : fmt::format("\r\x1b[{}A", rows - 1);
}

std::string Screen::draw(const std::vector<std::string>& lines, std::size_t columns)
{
  std::string out = back_to_start(columns);
  m_widths.clear();
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i > 0) {
      out += "\r\n";
    }
    out += lines[i];
    out += "\x1b[K";
    m_widths.push_back(visible_width(lines[i]));
  }
  out += "\x1b[J";
  return out;
}

std::string Screen::clear(std::size_t columns)
{
  std::string out = back_to_start(columns);
  if (!m_widths.empty()) {
    out += "\x1b[J";
  }
  m_widths.clear();
  return out;
}

} // namespace stretch::render
