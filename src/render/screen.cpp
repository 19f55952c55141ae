// SPDX-License-Identifier: MIT
// Redraws a block of lines in place on a terminal, below whatever scrolled past.
#include "render/screen.h"

#include <fmt/format.h>

namespace stretch::render {

std::string Screen::back_to_start() const
{
  if (m_lines == 0) {
    return {};
  }
  return m_lines == 1 ? std::string("\r") : fmt::format("\r\x1b[{}A", m_lines - 1);
}

std::string Screen::draw(const std::vector<std::string>& lines)
{
  std::string out = back_to_start();
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i > 0) {
      out += "\r\n";
    }
    out += lines[i];
    out += "\x1b[K";
  }
  out += "\x1b[J";
  m_lines = lines.size();
  return out;
}

std::string Screen::clear()
{
  std::string out = back_to_start();
  if (m_lines > 0) {
    out += "\x1b[J";
  }
  m_lines = 0;
  return out;
}

} // namespace stretch::render
