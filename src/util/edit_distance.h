// SPDX-License-Identifier: MIT
// Edit distance between words, for "did you mean" suggestions.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace stretch::util {

/// The number of single-character insertions, deletions, substitutions and swaps of two
/// neighbours that turn `a` into `b`, comparing ASCII letters without regard to case.
std::size_t edit_distance(std::string_view a, std::string_view b);

/// The `candidates` close enough to `word` to be what the user meant, best first; at most
/// `limit` of them. Empty when nothing is close.
std::vector<std::string> closest_matches(std::string_view word,
                                         const std::vector<std::string>& candidates,
                                         std::size_t limit = 3);

/// "; did you mean `a`?" (or "`a` or `b`") for `word` among `candidates`, to append to an
/// error message; "" when none is close.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

} // namespace stretch::util
