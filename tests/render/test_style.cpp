// SPDX-License-Identifier: MIT
#include "render/style.h"

#include <array>
#include <cmath>
#include <doctest/doctest.h>
#include <utility>

using namespace stretch;

namespace {

// xterm's default palette: the 16 colors, as RGB.
constexpr std::array<unsigned, 16> k_xterm{0x000000, 0xcd0000, 0x00cd00, 0xcdcd00, 0x0000ee, 0xcd00cd,
                                           0x00cdcd, 0xe5e5e5, 0x7f7f7f, 0xff0000, 0x00ff00, 0xffff00,
                                           0x5c5cff, 0xff00ff, 0x00ffff, 0xffffff};

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

// The palette index of a terminal color.
unsigned index_of(fmt::detail::color_type color)
{
  const unsigned code = color.value.term_color;
  return code >= 90 ? code - 90 + 8 : code - 30;
}

// The colors `style` shows text in, on a terminal whose default text and background are
// `fg` and `bg` (indexes), the way xterm draws them: bold turns the 8 basic colors bright,
// reverse swaps text and background.
std::pair<unsigned, unsigned> shown(const fmt::text_style& style, unsigned fg, unsigned bg)
{
  const auto emphasis = style.has_emphasis() ? static_cast<unsigned>(style.get_emphasis()) : 0U;
  unsigned text = style.has_foreground() ? index_of(style.get_foreground()) : fg;
  unsigned back = style.has_background() ? index_of(style.get_background()) : bg;
  if ((emphasis & static_cast<unsigned>(fmt::emphasis::bold)) != 0 && style.has_foreground() && text < 8) {
    text += 8;
  }
  if ((emphasis & static_cast<unsigned>(fmt::emphasis::reverse)) != 0) {
    std::swap(text, back);
  }
  return {text, back};
}

} // namespace

TEST_SUITE_BEGIN("render/style");

TEST_CASE("styled")
{
  CHECK(render::styled(render::Palette::plain().contract, "CONTRACT") == "CONTRACT");
  CHECK(render::styled(render::Palette::colored().contract, "CONTRACT") == "\x1b[1m\x1b[91mCONTRACT\x1b[0m");
  CHECK(render::styled(render::Palette::colored().heading, "A") == "\x1b[1mA\x1b[0m");
}

TEST_CASE("Palette::kind")
{
  const auto palette = render::Palette::colored();
  CHECK(render::styled(palette.kind(routine::StepKind::relax), "x") == render::styled(palette.relax, "x"));
  CHECK(render::styled(palette.kind(routine::StepKind::question), "x") == render::styled(palette.waiting, "x"));
}

TEST_CASE("Palette::colored: every phase and side word readable, 4.5:1 or more, on its theme's background")
{
  // Light: black text on white. Dark: light grey on black.
  for (const auto& [theme, fg, bg] : {std::tuple{render::Theme::light, 0u, 15u}, std::tuple{render::Theme::dark, 7u, 0u}}) {
    const bool light = theme == render::Theme::light; // a copy: clang 14 captures no structured binding
    CAPTURE(light);
    const auto palette = render::Palette::colored(theme);
    const std::pair<const char*, const fmt::text_style*> styles[] = {
      {"contract", &palette.contract}, {"stretch", &palette.stretch}, {"relax", &palette.relax},
      {"rest", &palette.rest},         {"waiting", &palette.waiting}, {"ready", &palette.ready},
      {"switch", &palette.switch_sides}, {"left", &palette.sides[0]}, {"right", &palette.sides[1]},
      {"third side", &palette.sides[2]}, {"fourth side", &palette.sides[3]}, {"good", &palette.good},
      {"warning", &palette.warning},     {"error", &palette.error},      {"heading", &palette.heading},
    };
    for (const auto& [name, style] : styles) {
      const std::string word = name;
      CAPTURE(word);
      const auto [text, back] = shown(*style, fg, bg);
      const auto text_color = text;
      const auto back_color = back;
      CAPTURE(text_color);
      CAPTURE(back_color);
      CHECK(contrast(k_xterm[text], k_xterm[back]) >= 4.5);
      CHECK((!style->has_emphasis() || (static_cast<unsigned>(style->get_emphasis()) & static_cast<unsigned>(fmt::emphasis::faint)) == 0));
      if (theme == render::Theme::light && back == bg) {
        // No bright yellow, cyan or white text on a light background, nor their basic kin.
        for (const unsigned banned : {3u, 6u, 7u, 11u, 14u, 15u}) {
          CHECK(text != banned);
        }
      }
    }
  }
}

TEST_CASE("Palette::colored: left and right in colors of their own, not GET READY's")
{
  for (const auto theme : {render::Theme::dark, render::Theme::light}) {
    const auto palette = render::Palette::colored(theme);
    const auto left = shown(palette.sides[0], 7, 0);
    const auto right = shown(palette.sides[1], 7, 0);
    const auto ready = shown(palette.ready, 7, 0);
    CHECK(left != right);
    CHECK(left.second != ready.first % 8);
    CHECK(left.second != ready.second % 8);
    CHECK(right.second != ready.first % 8);
    CHECK(right.second != ready.second % 8);
  }
}

TEST_SUITE_END();
