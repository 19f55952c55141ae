// What the output can do, decided once, in one place, as ninja's LinePrinter does:
// whether it is a terminal that can redraw, whether to use color, and how wide it is.
#pragma once

#include "util/env.h"

#include <cstddef>
#include <optional>
#include <string_view>

namespace stretch::term {

/// The `--color` flag.
enum class ColorMode { automatic, always, never };

/// Reads `auto`, `always` or `never`; nullopt for anything else.
std::optional<ColorMode> parse_color_mode(std::string_view text);

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
  std::size_t width = 80; // columns to fit text to
};

/// What the output on `fd` can do, with the `--color` flag `mode`.
Display detect_display(int fd, ColorMode mode, const util::EnvLookup& env);

} // namespace stretch::term
