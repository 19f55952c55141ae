// SPDX-License-Identifier: MIT
// The text styles that color means here.
#pragma once

#include "routine/step_kind.h"

#include <array>
#include <fmt/color.h>
#include <optional>
#include <string>
#include <string_view>

namespace stretch::render {

/// The background the colors are chosen for: light terminals need darker colors, and
/// no bright yellow, cyan or white.
enum class Theme { dark, light };

/// The text styles of every element that may be colored; all empty when color is off, so
/// the code that prints does not branch on color.
struct Palette
{
  fmt::text_style heading;
  fmt::text_style dim;
  fmt::text_style good;
  fmt::text_style warning;
  fmt::text_style error;
  fmt::text_style contract;
  fmt::text_style stretch;
  fmt::text_style relax;
  fmt::text_style rest;
  fmt::text_style waiting; // manual steps and questions
  fmt::text_style ready;
  fmt::text_style switch_sides;
  fmt::text_style bar_done;
  fmt::text_style bar_left;
  std::array<fmt::text_style, 4> sides;  // the side word: the first side, the second, ...
  std::array<fmt::text_style, 4> shades; // calendar days, from a little stretching to a lot

  /// The style of the word that names `kind`.
  const fmt::text_style& kind(routine::StepKind kind) const;

  /// The style of the side word of side number `index` (0-based) of an exercise.
  const fmt::text_style& side(std::size_t index) const { return sides[index % sides.size()]; }

  /// Styles from the 16 ANSI colors, so they follow the user's terminal theme, chosen so
  /// that every phase and side word keeps a contrast of at least 4.5:1 against a `theme`
  /// background under xterm's default colors, where bold turns the 8 basic colors bright.
  /// Sides are badges (reversed), never the color of a phase word.
  static Palette colored(Theme theme = Theme::dark);
  /// No styles at all.
  static Palette plain();
};

/// `text` in `style`; exactly `text` when the style is empty.
std::string styled(const fmt::text_style& style, std::string_view text);

} // namespace stretch::render
