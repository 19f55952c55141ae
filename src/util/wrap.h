// SPDX-License-Identifier: MIT
// Word-wrapping text to a terminal width.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace stretch::util {

/// `text` broken into lines of at most `width` columns at blanks; a word longer than a line
/// is cut. At most `max_lines` lines: the last one ends in `ellipsis` when text was left out.
std::vector<std::string> wrap_to_width(std::string_view text, std::size_t width, std::size_t max_lines,
                                       std::string_view ellipsis = "…");

} // namespace stretch::util
