// SPDX-License-Identifier: MIT
// A horizontal bar that fills as a step runs.
#include "render/progress_bar.h"

#include "render/glyphs.h"

#include <algorithm>
#include <cmath>

namespace stretch::render {

std::string progress_bar(double fraction, std::size_t width, bool unicode, const Palette& palette)
{
  const double clamped = std::isfinite(fraction) ? std::clamp(fraction, 0.0, 1.0) : 0.0;
  const auto filled = static_cast<std::size_t>(std::floor(clamped * static_cast<double>(width)));
  const Glyphs& glyphs = Glyphs::of(unicode);
  std::string done;
  std::string left;
  for (std::size_t i = 0; i < width; ++i) {
    (i < filled ? done : left) += i < filled ? glyphs.bar_done : glyphs.bar_left;
  }
  return (done.empty() ? "" : styled(palette.bar_done, done)) + (left.empty() ? "" : styled(palette.bar_left, left));
}

} // namespace stretch::render
