// SPDX-License-Identifier: MIT
// Redraws a block of lines in place on a terminal, below whatever scrolled past.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace stretch::render {

/// Remembers how many lines it drew last, so that the next drawing replaces them. Returns
/// the bytes to write; the caller writes them. Lines must fit the terminal's width when
/// drawn, so that each takes one row.
///
/// After a resize, a terminal may rewrap rows that no longer fit (kitty, VTE, tmux do;
/// xterm cuts them). Going back up as many rows as lines were drawn never reaches above
/// the drawing, whatever the terminal did: at worst a piece of the old drawing stays above
/// the new one, and the user's own lines above the session are never erased.
class Screen
{
public:
  /// Replaces the last drawing with `lines`.
  std::string draw(const std::vector<std::string>& lines);

  /// Erases the last drawing and leaves the cursor where it began.
  std::string clear();

private:
  // Moves from the end of the last drawing back to its first column.
  std::string back_to_start() const;

  std::size_t m_lines = 0; // drawn last
};

} // namespace stretch::render
