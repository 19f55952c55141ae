// SPDX-License-Identifier: MIT
// The text styles that color means here.
#include "render/style.h"

#include <fmt/format.h>

namespace stretch::render {
namespace {

// A color of the cube: `r`, `g` and `b` from 0 to 5.
constexpr Color cube(int r, int g, int b)
{
  return Color{static_cast<std::uint8_t>(16 + 36 * r + 6 * g + b)};
}

// A grey of the ramp, from 0 (#080808) to 23 (#eeeeee).
constexpr Color grey(int step)
{
  return Color{static_cast<std::uint8_t>(232 + step)};
}

// The escape sequence that shows `color` as text (`base` 30) or background (40).
std::string color_sequence(Color color, int base)
{
  if (color.index < 8) {
    return fmt::format("\x1b[{}m", base + color.index);
  }
  if (color.index < 16) {
    return fmt::format("\x1b[{}m", base + 60 + color.index - 8);
  }
  return fmt::format("\x1b[{};5;{}m", base + 8, color.index);
}

// Where every side badge is dark text on a light color of its own.
std::array<Style, 4> badges(Color text, std::array<Color, 4> colors)
{
  std::array<Style, 4> out;
  for (std::size_t i = 0; i < colors.size(); ++i) {
    out[i] = Style{}.fg(text).bg(colors[i]);
  }
  return out;
}

Palette light16()
{
  using namespace ansi;
  Palette p;
  p.heading = Style{}.bold();
  // Dark colors, never bold: xterm shows a bold basic color in its bright version, and
  // bright red, green, yellow, cyan and magenta fade on white.
  p.good = Style{}.fg(blue);
  p.warning = Style{}.fg(magenta);
  p.error = Style{}.fg(red);
  p.contract = Style{}.fg(red);
  p.stretch = Style{}.fg(blue);
  p.relax = Style{}.fg(black).underline();
  p.rest = Style{}.fg(bright_blue).bold();
  p.waiting = Style{}.fg(magenta);
  p.ready = Style{}.fg(blue).reverse();
  p.switch_sides = Style{}.fg(magenta).reverse();
  p.bar_done = Style{}.fg(blue);
  p.sides = badges(black, {green, yellow, cyan, white});
  p.shades = {Style{}.fg(bright_blue), Style{}.fg(blue), Style{}.fg(magenta), Style{}.fg(black)};
  return p;
}

Palette dark16()
{
  using namespace ansi;
  Palette p;
  p.heading = Style{}.bold();
  p.dim = Style{}.faint();
  p.good = Style{}.fg(green).bold();
  p.warning = Style{}.fg(yellow).bold();
  p.error = Style{}.fg(bright_red).bold();
  p.contract = Style{}.fg(bright_red).bold();
  p.stretch = Style{}.fg(bright_yellow).bold();
  p.relax = Style{}.fg(bright_green).bold();
  p.rest = Style{}.fg(white).bold();
  p.waiting = Style{}.fg(bright_magenta).bold();
  p.ready = Style{}.fg(bright_cyan).bold();
  p.switch_sides = Style{}.fg(bright_magenta).reverse().bold();
  p.bar_done = Style{}.fg(green);
  p.bar_left = Style{}.faint();
  // Never bold, which xterm would turn to grey.
  p.sides = badges(black, {green, yellow, cyan, white});
  p.shades = {Style{}.fg(green).faint(), Style{}.fg(green), Style{}.fg(bright_green), Style{}.fg(bright_green).bold()};
  return p;
}

// The cube's colors are chosen against the darkest and lightest backgrounds a terminal
// is likely to have (black, and Tango's #2e3436; white, and Tango's #eeeeec).
Palette light256()
{
  Palette p;
  p.heading = Style{}.bold();
  p.dim = Style{}.fg(grey(6));            // #585858
  p.good = Style{}.fg(cube(0, 1, 0));     // #005f00
  p.warning = Style{}.fg(cube(3, 0, 3));  // #af00af
  p.error = Style{}.fg(cube(3, 0, 0));    // #af0000
  p.contract = Style{}.fg(cube(3, 0, 0));
  p.stretch = Style{}.fg(cube(0, 1, 3));  // #005faf
  p.relax = Style{}.fg(cube(0, 1, 0)).underline();
  p.rest = Style{}.fg(grey(4));           // #444444
  p.waiting = Style{}.fg(cube(3, 0, 3));
  p.ready = Style{}.fg(cube(0, 1, 3)).reverse();
  p.switch_sides = Style{}.fg(cube(3, 0, 3)).reverse();
  p.bar_done = Style{}.fg(cube(0, 1, 3));
  p.bar_left = Style{}.fg(grey(16));      // #bcbcbc
  p.sides = badges(cube(0, 0, 0), {cube(2, 5, 2), cube(5, 5, 2), cube(2, 5, 5), grey(23)});
  p.shades = {Style{}.fg(cube(0, 1, 3)), Style{}.fg(cube(0, 1, 2)), Style{}.fg(cube(0, 0, 3)), Style{}.fg(cube(0, 0, 1))};
  return p;
}

Palette dark256()
{
  Palette p;
  p.heading = Style{}.bold();
  p.dim = Style{}.fg(grey(16));           // #bcbcbc
  p.good = Style{}.fg(cube(2, 4, 2));     // #87d787
  p.warning = Style{}.fg(cube(5, 4, 1));  // #ffd75f
  p.error = Style{}.fg(cube(5, 2, 2));    // #ff8787
  p.contract = Style{}.fg(cube(5, 2, 2)).bold();
  p.stretch = Style{}.fg(cube(5, 5, 1)).bold(); // #ffff5f
  p.relax = Style{}.fg(cube(2, 5, 2)).bold();   // #87ff87
  p.rest = Style{}.fg(grey(20)).bold();   // #d0d0d0
  p.waiting = Style{}.fg(cube(5, 2, 5)).bold(); // #ff87ff
  p.ready = Style{}.fg(cube(1, 5, 5)).bold();   // #5fffff
  p.switch_sides = Style{}.fg(cube(5, 2, 5)).reverse().bold();
  p.bar_done = Style{}.fg(cube(2, 4, 2));
  p.bar_left = Style{}.fg(grey(6));
  p.sides = badges(cube(0, 0, 0), {cube(2, 5, 2), cube(5, 5, 2), cube(2, 5, 5), grey(23)});
  p.shades = {Style{}.fg(cube(1, 3, 1)), Style{}.fg(cube(1, 4, 1)), Style{}.fg(cube(1, 5, 1)), Style{}.fg(cube(2, 5, 2)).bold()};
  return p;
}

} // namespace

const Style& Palette::kind(routine::StepKind kind) const
{
  switch (routine::look(kind)) {
  case routine::Look::contract:
    return contract;
  case routine::Look::stretch:
    return stretch;
  case routine::Look::relax:
    return relax;
  case routine::Look::rest:
    return rest;
  case routine::Look::waiting:
    return waiting;
  case routine::Look::ready:
    return ready;
  case routine::Look::switch_sides:
    return switch_sides;
  }
  return rest;
}

Palette Palette::colored(Theme theme, ColorDepth depth)
{
  if (depth == ColorDepth::cube256) {
    return theme == Theme::light ? light256() : dark256();
  }
  return theme == Theme::light ? light16() : dark16();
}

Palette Palette::plain() { return Palette{}; }

std::string styled(const Style& style, std::string_view text)
{
  if (style.empty()) {
    return std::string(text); // no color: nothing to add
  }
  // One sequence an attribute, as fmt writes them: emphasis, text color, background.
  std::string out;
  constexpr std::pair<unsigned, int> k_emphasis[] = {
    {Style::k_bold, 1}, {Style::k_faint, 2}, {Style::k_underline, 4}, {Style::k_reverse, 7}};
  for (const auto& [bit, code] : k_emphasis) {
    if ((style.emphasis & bit) != 0) {
      out += fmt::format("\x1b[{}m", code);
    }
  }
  if (style.text) {
    out += color_sequence(*style.text, 30);
  }
  if (style.back) {
    out += color_sequence(*style.back, 40);
  }
  out += text;
  out += "\x1b[0m";
  return out;
}

} // namespace stretch::render
