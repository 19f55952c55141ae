// SPDX-License-Identifier: MIT
// Large digits for the seconds left, readable from the floor (`--big`).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace stretch::render {

/// How many rows the big digits take.
inline constexpr std::size_t k_big_rows = 5;

/// `text` (digits, `:` and `.`) drawn `k_big_rows` rows high with full blocks, or with `#`
/// without `unicode`. Other characters are left blank.
std::vector<std::string> big_text(std::string_view text, bool unicode);

} // namespace stretch::render
