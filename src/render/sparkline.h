// SPDX-License-Identifier: MIT
// A row of values as a row of characters whose height follows them: ▁▂▃▄▅▆▇█.
#pragma once

#include <span>
#include <string>

namespace stretch::render {

/// One character for each of `values`: `·` (`.` in ASCII) for 0, else one of 8 heights
/// scaled to the largest, `▁` to `█` (in ASCII, `_-=+*#%@`). Negative values count as 0.
std::string sparkline(std::span<const long long> values, bool unicode);

} // namespace stretch::render
