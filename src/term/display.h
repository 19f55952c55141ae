// SPDX-License-Identifier: MIT
// What the output can do, decided once, in one place, as ninja's LinePrinter does:
// whether it is a terminal that can redraw, whether to use color, and how wide it is.
#pragma once

#include "term/osc.h"
#include "util/env.h"

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string_view>

namespace stretch::term {

/// The `--color` flag.
enum class ColorMode { automatic, always, never };

/// Decides color in this order: the `--color` flag, `NO_COLOR` set and not empty (off),
/// `CLICOLOR_FORCE` set and not `0` (on), `TERM` unset or `dumb` (off), else whether the
/// output `is_terminal`.
bool use_color(ColorMode mode, const util::EnvLookup& env, bool is_terminal);

/// True when `TERM` names a terminal known to move the cursor and clear lines: one with a
/// terminfo entry (in the usual folders, `TERMINFO` and `TERMINFO_DIRS` among them), or of
/// a family that all such terminals belong to (xterm, screen, tmux, linux, ...). Never for
/// `dumb`, `unknown` or an empty `TERM`.
bool known_terminal(std::string_view term, const util::EnvLookup& env);

/// The size of the terminal on `fd`, in columns and rows.
struct WindowSize
{
  std::size_t columns = 80;
  std::size_t rows = 24;
};

/// The size of the terminal on `fd`; else `COLUMNS` and `LINES`; else 80 by 24.
WindowSize window_size(int fd, const util::EnvLookup& env);

/// What an output can do.
struct Display
{
  bool terminal = false; // it is a terminal
  bool smart = false;    // a terminal that can redraw in place: known (`known_terminal`)
  bool color = false;    // use color (`use_color`)
  bool unicode = true;   // the locale is UTF-8: block characters, `·` and `…`
  bool rewraps = true;   // a narrower window rewraps the rows already shown (`rewraps_rows`)
  bool colors256 = false; // the 256-color palette is there (`has_256_colors`)
  std::size_t width = 80; // columns to fit text to
};

/// True when the terminal says it has the 256-color palette: `TERM` names a `256color`
/// variant, or `COLORTERM` says `truecolor` or `24bit`.
bool has_256_colors(const util::EnvLookup& env);

/// True unless the terminal is known to cut rows that no longer fit rather than rewrap
/// them: xterm (it sets `XTERM_VERSION`) and the Linux console, when no tmux sits in
/// between. Most others rewrap: VTE, kitty, iTerm2, Terminal.app, Termux, tmux itself.
bool rewraps_rows(const util::EnvLookup& env);

/// True when the terminal says it has the 256-color palette: `TERM` names a `256color`
/// variant, or `COLORTERM` says `truecolor` or `24bit`.
bool has_256_colors(const util::EnvLookup& env);

/// What the output on `fd` can do, with the `--color` flag `mode`, in a locale whose
/// character set is UTF-8 or not (`utf8`, see `util::adopt_user_locale`).
Display detect_display(int fd, ColorMode mode, const util::EnvLookup& env, bool utf8);

/// What a terminal can show outside its window.
struct OutsideSupport
{
  bool title = false;    // the window title (OSC 2), saved and put back
  bool progress = false; // a progress bar in the tab or taskbar (OSC 9;4)
  bool tmux = false;     // inside tmux: progress and notifications need its passthrough
  NotifyVia notify = NotifyVia::none;
  std::filesystem::path notify_send{}; // the program, when `notify` is notify_send
};

/// What `display`'s terminal can show outside its window. The title on any smart
/// terminal. The progress bar only on terminals known to draw it (Windows Terminal, ConEmu,
/// WezTerm, Ghostty, Ptyxis 48 and later): elsewhere OSC 9 may become a notification. A
/// notification by the terminal's protocol (kitty; foot, Ghostty, WezTerm, urxvt; iTerm2),
/// else by notify-send when a desktop bus is there and `notify-send` in `PATH`.
OutsideSupport outside_support(const Display& display, const util::EnvLookup& env);

} // namespace stretch::term
