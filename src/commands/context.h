// SPDX-License-Identifier: MIT
// What every command works with: where output goes, the routine library, and color.
#pragma once

#include "library/library.h"
#include "render/style.h"
#include "term/display.h"
#include "util/env.h"
#include "util/sink.h"

namespace stretch::commands {

/// The outside world as a command sees it. The program builds one from the process; tests
/// build one from strings and temporary folders.
struct Context
{
  util::Sink& out;
  util::Sink& err;
  const library::Library& library;
  render::Palette palette; // empty styles when color is off
  util::EnvLookup env;
  term::Display display{}; // what standard output can do; `palette` follows its color
};

} // namespace stretch::commands
