// SPDX-License-Identifier: MIT
#include "render/style.h"

#include <array>
#include <cmath>
#include <doctest/doctest.h>
#include <string>
#include <tuple>
#include <utility>
#include <vector>
#include <fmt/format.h>

using namespace stretch;
using render::ColorDepth;
using render::Style;
using render::Theme;

namespace {

// A terminal's default palette, as RGB: its 16 ANSI colors, and whether bold turns the 8
// basic ones bright. The cube and the grey ramp are the same on all three (checked from
// xterm's and VTE's sources).
struct TerminalPalette
{
  const char* name;
  std::array<unsigned, 16> ansi;
  bool bold_is_bright;
};

// xterm's defaults (XTerm-col.ad).
constexpr TerminalPalette k_xterm{"xterm",
                                  {0x000000, 0xcd0000, 0x00cd00, 0xcdcd00, 0x0000ee, 0xcd00cd, 0x00cdcd, 0xe5e5e5,
                                   0x7f7f7f, 0xff0000, 0x00ff00, 0xffff00, 0x5c5cff, 0xff00ff, 0x00ffff, 0xffffff},
                                  true};
// VTE's own palette, the one it makes when its application gives none (vte.cc): 0xc0 for a
// basic color's channels, 0x3f more for a bright one. Bold is not bright by default.
constexpr TerminalPalette k_vte{"VTE",
                                {0x000000, 0xc00000, 0x00c000, 0xc0c000, 0x0000c0, 0xc000c0, 0x00c0c0, 0xc0c0c0,
                                 0x3f3f3f, 0xff3f3f, 0x3fff3f, 0xffff3f, 0x3f3fff, 0xff3fff, 0x3fffff, 0xffffff},
                                false};
// Tango, the palette of GNOME Terminal's Tango schemes and of many VTE-based terminals.
constexpr TerminalPalette k_tango{"Tango",
                                  {0x2e3436, 0xcc0000, 0x4e9a06, 0xc4a000, 0x3465a4, 0x75507b, 0x06989a, 0xd3d7cf,
                                   0x555753, 0xef2929, 0x8ae234, 0xfce94f, 0x729fcf, 0xad7fa8, 0x34e2e2, 0xeeeeec},
                                  false};

// The RGB value of palette color `index` on `terminal`.
unsigned rgb_of(const TerminalPalette& terminal, unsigned index)
{
  if (index < 16) {
    return terminal.ansi[index];
  }
  if (index >= 232) {
    const unsigned shade = 8 + (index - 232) * 10;
    return shade << 16 | shade << 8 | shade;
  }
  const unsigned j = index - 16;
  const auto level = [](unsigned v) { return v == 0 ? 0U : v * 40 + 55; };
  return level(j / 36) << 16 | level(j / 6 % 6) << 8 | level(j % 6);
}

// The relative luminance of `rgb`, as WCAG defines it.
double luminance(unsigned rgb)
{
  const auto channel = [](unsigned value) {
    const double c = value / 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * channel((rgb >> 16) & 0xff) + 0.7152 * channel((rgb >> 8) & 0xff) + 0.0722 * channel(rgb & 0xff);
}

double contrast(unsigned a, unsigned b)
{
  const double la = luminance(a);
  const double lb = luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The colors (RGB) `style` shows text in, on `terminal` whose default text and background
// are `fg` and `bg` (indexes): bold turns a basic color bright where the terminal does so,
// reverse swaps text and background.
std::pair<unsigned, unsigned> shown(const Style& style, const TerminalPalette& terminal, unsigned fg, unsigned bg)
{
  unsigned text = style.text ? style.text->index : fg;
  unsigned back = style.back ? style.back->index : bg;
  if ((style.emphasis & Style::k_bold) != 0 && terminal.bold_is_bright && style.text && text < 8) {
    text += 8;
  }
  if ((style.emphasis & Style::k_reverse) != 0) {
    std::swap(text, back);
  }
  return {rgb_of(terminal, text), rgb_of(terminal, back)};
}

// The words a palette colors, by name.
std::vector<std::pair<std::string, const Style*>> words_of(const render::Palette& palette)
{
  return {{"contract", &palette.contract}, {"stretch", &palette.stretch},     {"relax", &palette.relax},
          {"rest", &palette.rest},         {"waiting", &palette.waiting},     {"ready", &palette.ready},
          {"switch", &palette.switch_sides}, {"left", &palette.sides[0]},     {"right", &palette.sides[1]},
          {"third side", &palette.sides[2]}, {"fourth side", &palette.sides[3]}, {"good", &palette.good},
          {"warning", &palette.warning},   {"error", &palette.error},         {"heading", &palette.heading}};
}

// Every word of the palette of `theme` and `depth` at 4.5:1 or more on `terminal`, whose
// background for the theme is its black (dark) or its bright white (light).
void check_contrast(Theme theme, ColorDepth depth, const TerminalPalette& terminal)
{
  const bool light = theme == Theme::light;
  const unsigned fg = light ? 0 : 7;
  const unsigned bg = light ? 15 : 0;
  const auto palette = render::Palette::colored(theme, depth);
  for (const auto& word : words_of(palette)) {
    const std::string& name = word.first; // not bindings: clang 14 captures none
    const Style* style = word.second;
    const auto [text, back] = shown(*style, terminal, fg, bg);
    const double ratio = contrast(text, back);
    const std::string where = fmt::format("{} {} on {}: {:06x} on {:06x} is {:.2f}:1", light ? "light" : "dark",
                                          depth == ColorDepth::cube256 ? "256" : "16", terminal.name, text, back, ratio);
    CAPTURE(name);
    CAPTURE(where);
    CHECK(ratio >= 4.5);
    CHECK((style->emphasis & Style::k_faint) == 0); // faint text has no known contrast
  }
}

} // namespace

TEST_SUITE_BEGIN("render/style");

TEST_CASE("styled: one sequence an attribute, then a reset, and nothing for no style")
{
  CHECK(render::styled(render::Palette::plain().contract, "CONTRACT") == "CONTRACT");
  CHECK(render::styled(render::Palette::colored().contract, "CONTRACT") == "\x1b[1m\x1b[91mCONTRACT\x1b[0m");
  CHECK(render::styled(render::Palette::colored().heading, "A") == "\x1b[1mA\x1b[0m");
  CHECK(render::styled(Style{}.fg(render::ansi::black).bg(render::ansi::green), "LEFT") == "\x1b[30m\x1b[42mLEFT\x1b[0m");
  CHECK(render::styled(Style{}.fg(render::Color{160}).reverse(), "x") == "\x1b[7m\x1b[38;5;160mx\x1b[0m");
  CHECK(render::styled(Style{}.bg(render::Color{255}), "x") == "\x1b[48;5;255mx\x1b[0m");
}

TEST_CASE("Palette::kind")
{
  const auto palette = render::Palette::colored();
  CHECK(render::styled(palette.kind(routine::StepKind::relax), "x") == render::styled(palette.relax, "x"));
  CHECK(render::styled(palette.kind(routine::StepKind::question), "x") == render::styled(palette.waiting, "x"));
}

TEST_CASE("Palette::colored with 256 colors: every word 4.5:1 or more on xterm, VTE and Tango, dark and light")
{
  for (const TerminalPalette* terminal : {&k_xterm, &k_vte, &k_tango}) {
    check_contrast(Theme::dark, ColorDepth::cube256, *terminal);
    check_contrast(Theme::light, ColorDepth::cube256, *terminal);
  }
}

TEST_CASE("Palette::colored with 16 colors: every word 4.5:1 or more on xterm's and VTE's default palettes")
{
  for (const TerminalPalette* terminal : {&k_xterm, &k_vte}) {
    check_contrast(Theme::dark, ColorDepth::ansi16, *terminal);
    check_contrast(Theme::light, ColorDepth::ansi16, *terminal);
  }
}

TEST_CASE("Palette::colored: no bright yellow, cyan or white text on a light background")
{
  for (const auto depth : {ColorDepth::ansi16, ColorDepth::cube256}) {
    const auto palette = render::Palette::colored(Theme::light, depth); // outlives the pointers to it
    for (const auto& word : words_of(palette)) {
      const std::string& name = word.first;
      const Style* style = word.second;
      CAPTURE(name);
      if (style->text && !style->back && (style->emphasis & Style::k_reverse) == 0) {
        for (const unsigned banned : {3u, 6u, 7u, 11u, 14u, 15u}) {
          CHECK(style->text->index != banned);
        }
      }
    }
  }
}

TEST_CASE("Palette::colored: left and right in colors of their own, not GET READY's")
{
  for (const auto depth : {ColorDepth::ansi16, ColorDepth::cube256}) {
    for (const auto theme : {Theme::dark, Theme::light}) {
      const auto palette = render::Palette::colored(theme, depth);
      const auto left = shown(palette.sides[0], k_xterm, 7, 0);
      const auto right = shown(palette.sides[1], k_xterm, 7, 0);
      const auto ready = shown(palette.ready, k_xterm, 7, 0);
      CHECK(left != right);
      CHECK(left.second != ready.first);
      CHECK(left.second != ready.second);
      CHECK(right.second != ready.first);
      CHECK(right.second != ready.second);
    }
  }
}

TEST_SUITE_END();
