// SPDX-License-Identifier: MIT
// Redraws a block of lines in place on a terminal, below whatever scrolled past.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace stretch::render {

/// Remembers what it drew last, so that the next drawing replaces it. Returns the bytes to
/// write; the caller writes them. Lines must fit the terminal's width when drawn, so that
/// each takes one row.
///
/// After a window is made narrower, most terminals rewrap the rows that no longer fit
/// (kitty, VTE, iTerm2, Termux, tmux); xterm cuts them. On a terminal that `rewraps`, the
/// next drawing goes up as many rows as the last one now takes at the new width, so that no
/// frozen copy of it stays above; on one that cuts, as many as it drew, so that the user's
/// own lines above the session are never erased.
class Screen
{
public:
  /// A screen on a terminal that rewraps rows or not.
  explicit Screen(bool rewraps = true) : m_rewraps(rewraps) {}

  /// Replaces the last drawing with `lines`, on a terminal now `columns` wide.
  std::string draw(const std::vector<std::string>& lines, std::size_t columns);

  /// Erases the last drawing, on a terminal now `columns` wide, and leaves the cursor where
  /// it began.
  std::string clear(std::size_t columns);

private:
  // Moves from the end of the last drawing back to its first column.
  std::string back_to_start(std::size_t columns) const;

  bool m_rewraps;
  std::vector<std::size_t> m_widths; // of each line drawn last, in columns
};

} // namespace stretch::render
