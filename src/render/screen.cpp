// Redraws a block of lines in place on a terminal, below whatever scrolled past.
#include "render/screen.h"

#include "util/utf8.h"

#include <fmt/format.h>

namespace stretch::render {
namespace {

// The display width of `line`, not counting escape sequences (SGR styles only: CSI ... m).
std::size_t visible_width(std::string_view line)
{
  std::string plain;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '\x1b' && i + 1 < line.size() && line[i + 1] == '[') {
      i += 2;
      while (i < line.size() && line[i] != 'm') {
        ++i;
      }
      continue;
    }
    plain += line[i];
  }
  return util::display_width(plain);
}

} // namespace

std::string Screen::back_to_start(std::size_t width) const
{
  if (m_widths.empty()) {
    return {};
  }
  // The cursor is on the last row of the last line. Count the rows above it.
  std::size_t rows = 0;
  for (const std::size_t w : m_widths) {
    rows += w == 0 || width == 0 ? 1 : (w + width - 1) / width;
  }
  const std::size_t up = rows - 1;
  return up == 0 ? std::string("\r") : fmt::format("\r\x1b[{}A", up);
}

std::string Screen::draw(const std::vector<std::string>& lines, std::size_t width)
{
  std::string out = back_to_start(width);
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

std::string Screen::clear(std::size_t width)
{
  std::string out = back_to_start(width);
  if (!m_widths.empty()) {
    out += "\x1b[J";
  }
  m_widths.clear();
  return out;
}

std::string Screen::print_above(std::string_view text, std::size_t width)
{
  std::string out = clear(width);
  for (const char c : text) {
    out += c == '\n' ? std::string("\r\n") : std::string(1, c);
  }
  return out;
}

} // namespace stretch::render
