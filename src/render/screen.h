// Redraws a block of lines in place on a terminal, below whatever scrolled past.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace stretch::render {

/// Remembers what it drew last, so that the next drawing replaces it. Returns the bytes to
/// write; the caller writes them. Lines must fit the width they are drawn at.
class Screen
{
public:
  /// Replaces the last drawing with `lines`, on a terminal `width` columns wide. When the
  /// width changed since, the old lines are counted as the terminal rewrapped them.
  std::string draw(const std::vector<std::string>& lines, std::size_t width);

  /// Erases the last drawing and leaves the cursor where it began.
  std::string clear(std::size_t width);

  /// Erases the last drawing and prints `text` (whole lines) in its place, to stay above
  /// the next drawing.
  std::string print_above(std::string_view text, std::size_t width);

private:
  // Moves from the end of the last drawing back to its first column.
  std::string back_to_start(std::size_t width) const;

  std::vector<std::size_t> m_widths; // display widths of the lines drawn last
};

} // namespace stretch::render
