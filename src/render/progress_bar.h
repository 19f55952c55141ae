// SPDX-License-Identifier: MIT
// A horizontal bar that fills as a step runs.
#pragma once

#include "render/style.h"

#include <cstddef>
#include <string>

namespace stretch::render {

/// A bar `width` columns wide, `fraction` (0 to 1) of it filled: `█` and `░`, or `#` and `-`
/// without `unicode`; the filled part in `palette.bar_done`, the rest in `palette.bar_left`.
std::string progress_bar(double fraction, std::size_t width, bool unicode, const Palette& palette);

} // namespace stretch::render
