// SPDX-License-Identifier: MIT
// What every command works with: where output goes, the routine library, and color.
#pragma once

#include "library/library.h"
#include "render/style.h"
#include "term/display.h"
#include "util/env.h"
#include "util/sink.h"
#include "util/terminal_text.h"

#include <filesystem>

#include <functional>
#include <optional>

namespace stretch::commands {

/// The outside world as a command sees it. The program builds one from the process; tests
/// build one from strings and temporary folders.
struct Context
{
  util::Sink& out;
  util::Sink& err;
  const library::Library& library;
  util::EnvLookup env;
  term::Display display{};              // what standard output can do
  std::optional<render::Theme> theme{}; // the background, as `--theme` or `COLORFGBG` tells; nullopt: unknown
  /// Asks the terminal for its background, when `theme` cannot tell (see
  /// `ask_terminal_theme`); unset where there is no terminal to ask.
  std::function<std::optional<render::Theme>()> ask_theme{};

  /// `path` as it is printed on standard output: as it is for a pipe (`cd "$(stretch path
  /// routines)"`), made safe on a terminal, which an ESC or a U+202E in a folder's name
  /// must never reach.
  std::string shown(const std::filesystem::path& path) const
  {
    return display.terminal ? util::terminal_safe(path.string()) : path.string();
  }

  /// The colors to print in: none without color, else for `background` (dark when it is
  /// not known), from the 256-color palette when the terminal has it.
  render::Palette palette_for(std::optional<render::Theme> background) const
  {
    return display.color ? render::Palette::colored(background.value_or(render::Theme::dark),
                                                    display.colors256 ? render::ColorDepth::cube256
                                                                      : render::ColorDepth::ansi16)
                         : render::Palette::plain();
  }

  /// The colors to print in, for the background `--theme` or `COLORFGBG` tells.
  render::Palette palette() const { return palette_for(theme); }

  /// The colors to print in, for the background `--theme` or `COLORFGBG` tells, else the
  /// one the terminal says it has, when it can be asked; dark when nothing can tell.
  render::Palette asked_palette() const
  {
    if (!display.color || theme || !ask_theme) {
      return palette();
    }
    return palette_for(ask_theme());
  }
};

} // namespace stretch::commands
