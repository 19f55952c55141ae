// SPDX-License-Identifier: MIT
// What every command works with: where output goes, the routine library, and color.
#pragma once

#include "library/library.h"
#include "render/style.h"
#include "term/display.h"
#include "util/env.h"
#include "util/sink.h"

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

  /// The colors to print in: none without color, else for the background (dark when it is
  /// not known).
  render::Palette palette() const
  {
    return display.color ? render::Palette::colored(theme.value_or(render::Theme::dark)) : render::Palette::plain();
  }
};

} // namespace stretch::commands
