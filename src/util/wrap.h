// SPDX-License-Identifier: MIT
// Word-wrapping text to a terminal width.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace stretch::util {

/// The columns text may fill on a terminal `columns` wide: one is left free, since writing
/// to the last column makes some terminals wrap; at least one, however narrow.
constexpr std::size_t usable_width(std::size_t columns)
{
  return columns > 2 ? columns - 1 : 1;
}

/// `text` broken into lines of at most `width` columns at blanks; a word longer than a line
/// is cut. At most `max_lines` lines: the last one ends in `ellipsis` when text was left out.
std::vector<std::string> wrap_to_width(std::string_view text, std::size_t width, std::size_t max_lines,
                                       std::string_view ellipsis = "…");

} // namespace stretch::util
