// SPDX-License-Identifier: MIT
// The text styles that color means here.
#include "render/style.h"

#include <fmt/format.h>

namespace stretch::render {

using fmt::bg;
using fmt::emphasis;
using fmt::fg;
using fmt::terminal_color;

const fmt::text_style& Palette::kind(routine::StepKind kind) const
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

Palette Palette::colored(Theme theme)
{
  const auto reversed = [](terminal_color color) { return fg(color) | emphasis::reverse; };
  const auto badge = [](terminal_color color) { return fg(terminal_color::black) | bg(color); };
  Palette p;
  p.heading = emphasis::bold;
  // Left and right are badges of their own colors, dark on light whatever the theme, never
  // the color of a phase word; never bold, which xterm would turn to grey.
  p.sides = {badge(terminal_color::green), badge(terminal_color::yellow), badge(terminal_color::cyan),
             badge(terminal_color::white)};
  if (theme == Theme::light) {
    // Dark colors, never bold: xterm shows a bold basic color in its bright version, and
    // bright red, green, yellow, cyan and magenta fade on white.
    p.good = fg(terminal_color::blue);
    p.warning = fg(terminal_color::magenta);
    p.error = fg(terminal_color::red);
    p.contract = fg(terminal_color::red);
    p.stretch = fg(terminal_color::blue);
    p.relax = fg(terminal_color::black) | emphasis::underline;
    p.rest = fg(terminal_color::bright_blue) | emphasis::bold;
    p.waiting = fg(terminal_color::magenta);
    p.ready = reversed(terminal_color::blue);
    p.switch_sides = reversed(terminal_color::magenta);
    p.bar_done = fg(terminal_color::blue);
    p.shades = {fg(terminal_color::bright_blue), fg(terminal_color::blue), fg(terminal_color::magenta),
                fg(terminal_color::black)};
    return p;
  }
  p.dim = emphasis::faint;
  p.good = fg(terminal_color::green) | emphasis::bold;
  p.warning = fg(terminal_color::yellow) | emphasis::bold;
  p.error = fg(terminal_color::bright_red) | emphasis::bold;
  p.contract = fg(terminal_color::bright_red) | emphasis::bold;
  p.stretch = fg(terminal_color::bright_yellow) | emphasis::bold;
  p.relax = fg(terminal_color::bright_green) | emphasis::bold;
  p.rest = fg(terminal_color::white) | emphasis::bold;
  p.waiting = fg(terminal_color::bright_magenta) | emphasis::bold;
  p.ready = fg(terminal_color::bright_cyan) | emphasis::bold;
  p.switch_sides = reversed(terminal_color::bright_magenta) | emphasis::bold;
  p.bar_done = fg(terminal_color::green);
  p.bar_left = emphasis::faint;
  p.shades = {fg(terminal_color::green) | emphasis::faint, fg(terminal_color::green), fg(terminal_color::bright_green),
              fg(terminal_color::bright_green) | emphasis::bold};
  return p;
}

Palette Palette::plain() { return Palette{}; }

std::string styled(const fmt::text_style& style, std::string_view text)
{
  if (!style.has_foreground() && !style.has_background() && !style.has_emphasis()) {
    return std::string(text); // no color: nothing to format
  }
  return fmt::format(style, "{}", text);
}

} // namespace stretch::render
