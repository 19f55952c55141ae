// The text styles that color means here.
#include "render/style.h"

#include <fmt/format.h>

namespace stretch::render {

using fmt::emphasis;
using fmt::fg;
using fmt::terminal_color;

const fmt::text_style& Palette::kind(routine::StepKind kind) const
{
  switch (kind) {
  case routine::StepKind::contract:
    return contract;
  case routine::StepKind::stretch:
    return stretch;
  case routine::StepKind::relax:
    return relax;
  case routine::StepKind::rest:
    return rest;
  case routine::StepKind::manual:
  case routine::StepKind::question:
    return waiting;
  case routine::StepKind::ready:
    return ready;
  case routine::StepKind::switch_sides:
    return switch_sides;
  }
  return rest;
}

Palette Palette::colored()
{
  Palette p;
  p.heading = emphasis::bold;
  p.dim = emphasis::faint;
  p.good = fg(terminal_color::green) | emphasis::bold;
  p.warning = fg(terminal_color::yellow) | emphasis::bold;
  p.error = fg(terminal_color::red) | emphasis::bold;
  p.contract = fg(terminal_color::bright_red) | emphasis::bold;
  p.stretch = fg(terminal_color::bright_yellow) | emphasis::bold;
  p.relax = fg(terminal_color::bright_green) | emphasis::bold;
  p.rest = fg(terminal_color::bright_blue) | emphasis::bold;
  p.waiting = fg(terminal_color::bright_magenta) | emphasis::bold;
  p.ready = fg(terminal_color::bright_cyan) | emphasis::bold;
  p.switch_sides = fg(terminal_color::magenta) | emphasis::bold | emphasis::reverse;
  p.bar_done = fg(terminal_color::green);
  p.bar_left = emphasis::faint;
  // Left and right look different at a glance; two more for exercises with more sides.
  p.sides = {fg(terminal_color::bright_cyan) | emphasis::bold, fg(terminal_color::bright_magenta) | emphasis::bold,
             fg(terminal_color::bright_yellow) | emphasis::bold, fg(terminal_color::bright_blue) | emphasis::bold};
  p.shades = {fg(terminal_color::green) | emphasis::faint, fg(terminal_color::green), fg(terminal_color::bright_green),
              fg(terminal_color::bright_green) | emphasis::bold};
  return p;
}

Palette Palette::plain() { return Palette{}; }

std::string styled(const fmt::text_style& style, std::string_view text)
{
  return fmt::format(style, "{}", text);
}

} // namespace stretch::render
