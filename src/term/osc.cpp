// SPDX-License-Identifier: MIT
// The escape sequences that show a session outside its window.
#include "term/osc.h"

#include "util/terminal_text.h"

#include <algorithm>
#include <fmt/format.h>

namespace stretch::term {
namespace {

// `text` with no control characters, and no `;` when `semicolons` is false (they separate
// the fields of OSC 777).
std::string osc_text(std::string_view text, bool semicolons = true)
{
  std::string safe = util::terminal_safe(text);
  if (!semicolons) {
    std::replace(safe.begin(), safe.end(), ';', ',');
  }
  return safe;
}

} // namespace

std::string window_title(std::string_view text)
{
  return fmt::format("\x1b]2;{}\x1b\\", osc_text(text));
}

std::string progress_bar_sequence(ProgressState state, int percent, bool tmux)
{
  const std::string sequence = fmt::format("\x1b]9;4;{};{}\x07", static_cast<int>(state), std::clamp(percent, 0, 100));
  return tmux ? tmux_passthrough(sequence) : sequence;
}

std::string notification_sequence(NotifyVia via, std::string_view title, std::string_view body, bool tmux)
{
  const auto out = [tmux](const std::string& sequence) { return tmux ? tmux_passthrough(sequence) : sequence; };
  switch (via) {
  case NotifyVia::osc777:
    return out(fmt::format("\x1b]777;notify;{};{}\x1b\\", osc_text(title, false), osc_text(body, false)));
  case NotifyVia::osc99:
    return out(fmt::format("\x1b]99;i=1:d=0;{}\x1b\\\x1b]99;i=1:d=1:p=body;{}\x1b\\", osc_text(title), osc_text(body)));
  case NotifyVia::osc9:
    return out(fmt::format("\x1b]9;{}: {}\x07", osc_text(title), osc_text(body)));
  case NotifyVia::none:
  case NotifyVia::notify_send:
    break;
  }
  return {};
}

std::string tmux_passthrough(std::string_view sequence)
{
  std::string out = "\x1bPtmux;";
  for (const char c : sequence) {
    out += c;
    if (c == '\x1b') {
      out += '\x1b';
    }
  }
  return out + "\x1b\\";
}

} // namespace stretch::term
