// SPDX-License-Identifier: MIT
// The text styles that color means here.
#pragma once

#include "routine/step_kind.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace stretch::render {

/// The background the colors are chosen for: light terminals need darker colors, and
/// no bright yellow, cyan or white.
enum class Theme { dark, light };

/// How many colors the terminal has: the 16 ANSI ones, which follow the user's own palette,
/// or also the 256-color cube and grey ramp, whose colors are the same on every terminal
/// (xterm, VTE, Tango-themed GNOME Terminal alike), so that their contrast is known.
enum class ColorDepth { ansi16, cube256 };

/// A color of the terminal's palette: 0 to 15 for the ANSI colors (8 to 15 the bright
/// ones), 16 to 255 for the cube and the grey ramp.
struct Color
{
  std::uint8_t index = 0;
};

/// A text style: emphasis, and the colors of the text and of its background, each optional.
/// Built as `Style{}.fg(...).bold()`; empty when color is off.
struct Style
{
  enum Emphasis : unsigned { k_bold = 1, k_faint = 2, k_underline = 4, k_reverse = 8 };
  unsigned emphasis = 0;
  std::optional<Color> text;
  std::optional<Color> back;

  constexpr Style fg(Color color) const { return {emphasis, color, back}; }
  constexpr Style bg(Color color) const { return {emphasis, text, color}; }
  constexpr Style bold() const { return {emphasis | k_bold, text, back}; }
  constexpr Style faint() const { return {emphasis | k_faint, text, back}; }
  constexpr Style underline() const { return {emphasis | k_underline, text, back}; }
  constexpr Style reverse() const { return {emphasis | k_reverse, text, back}; }

  /// True when it changes nothing.
  bool empty() const { return emphasis == 0 && !text && !back; }
};

/// The 16 ANSI colors by name.
namespace ansi {
inline constexpr Color black{0}, red{1}, green{2}, yellow{3}, blue{4}, magenta{5}, cyan{6}, white{7};
inline constexpr Color bright_black{8}, bright_red{9}, bright_green{10}, bright_yellow{11}, bright_blue{12},
  bright_magenta{13}, bright_cyan{14}, bright_white{15};
} // namespace ansi

/// The text styles of every element that may be colored; all empty when color is off, so
/// the code that prints does not branch on color.
struct Palette
{
  Style heading;
  Style dim;
  Style good;
  Style warning;
  Style error;
  Style contract;
  Style stretch;
  Style relax;
  Style rest;
  Style waiting; // manual steps and questions
  Style ready;
  Style switch_sides;
  Style bar_done;
  Style bar_left;
  std::array<Style, 4> sides;  // the side word: the first side, the second, ...
  std::array<Style, 4> shades; // calendar days, from a little stretching to a lot

  /// The style of the word that names `kind`.
  const Style& kind(routine::StepKind kind) const;

  /// The style of the side word of side number `index` (0-based) of an exercise.
  const Style& side(std::size_t index) const { return sides[index % sides.size()]; }

  /// Styles for a `theme` background that keep every word at a contrast of at least 4.5:1:
  /// with `cube256`, from colors that are the same on every terminal; with `ansi16`, from
  /// the 16 ANSI colors, as xterm's and VTE's default palettes show them (xterm turns the
  /// 8 basic colors bright when bold, VTE does not). Sides are badges, dark text on a
  /// light color, never the color of a phase word.
  static Palette colored(Theme theme = Theme::dark, ColorDepth depth = ColorDepth::ansi16);
  /// No styles at all.
  static Palette plain();
};

/// `text` in `style`: its escape sequences, the text, and a reset; exactly `text` when the
/// style is empty.
std::string styled(const Style& style, std::string_view text);

} // namespace stretch::render
