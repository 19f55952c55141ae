// SPDX-License-Identifier: MIT
// The escape sequences that show a session outside its window: the window title, a
// progress bar in the tab or taskbar (OSC 9;4), and desktop notifications.
#pragma once

#include <string>
#include <string_view>

namespace stretch::term {

/// Saves the window title on the terminal's stack, and puts it back (XTWINOPS 22 and 23).
inline constexpr std::string_view k_push_title = "\x1b[22;0t";
inline constexpr std::string_view k_pop_title = "\x1b[23;0t";

/// `text` as the window title (OSC 2), cleaned of anything a terminal could obey.
std::string window_title(std::string_view text);

/// The states of an OSC 9;4 progress bar.
enum class ProgressState { clear = 0, normal = 1, error = 2, indeterminate = 3, paused = 4 };

/// The progress bar in `state` at `percent` (0 to 100); with `tmux`, wrapped for tmux's
/// passthrough.
std::string progress_bar_sequence(ProgressState state, int percent, bool tmux = false);

/// How a terminal shows desktop notifications, if it does.
enum class NotifyVia {
  none,
  osc777,      // foot, Ghostty, WezTerm, urxvt: OSC 777;notify
  osc99,       // kitty
  osc9,        // iTerm2's own notifications
  notify_send, // no terminal protocol: the notify-send program, with a desktop bus
};

/// A notification with `title` and `body` for a terminal that shows them `via` one of the
/// OSC protocols; "" for `none` and `notify_send`. Both texts are cleaned of control
/// characters and of what would end the sequence early. With `tmux`, wrapped for tmux's
/// passthrough.
std::string notification_sequence(NotifyVia via, std::string_view title, std::string_view body, bool tmux = false);

/// `sequence` wrapped for tmux to pass it on to the terminal outside (DCS tmux; ... ST, every
/// ESC doubled). tmux drops it unless its `allow-passthrough` option is on.
std::string tmux_passthrough(std::string_view sequence);

} // namespace stretch::term
