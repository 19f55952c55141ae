// The status area of a session on a terminal: what to do now, how long, and how far along.
#pragma once

#include "plan/plan.h"
#include "render/style.h"
#include "session/clock.h"

#include <cstddef>
#include <string>
#include <vector>

namespace stretch::render {

/// The state of a session that the status area shows.
struct StatusView
{
  const plan::PlanStep* step = nullptr;
  std::size_t index = 0; // of the step, 0-based
  std::size_t count = 0; // steps in the plan
  session::Duration remaining{0};
  session::Duration total_left{0};
  bool paused = false;
  bool waiting = false;   // a manual step or question waiting for a key
  bool keys = false;      // keys can be read
  bool show_keys = false; // `?` was pressed: list the keys
};

/// How to draw it.
struct StatusStyle
{
  const Palette* palette = nullptr;
  std::size_t width = 80; // terminal columns; every line is kept below this
  bool big = false;       // large digits for the time left
  bool unicode = true;    // block characters rather than ASCII
};

/// The lines of the status area: exercise, side and rep; the step's kind, time left and a
/// progress bar (or what key to press); the cue; the answers of a question that nobody can
/// answer; and the routine's progress and time left with a hint at the keys. Routine text
/// is made safe for the terminal.
std::vector<std::string> status_lines(const StatusView& view, const StatusStyle& style);

/// The time left as shown: whole seconds, rounded up, so `0:01` lasts to the very end.
std::string shown_time_left(session::Duration remaining);

/// The keys, for the `?` help line.
std::string_view key_help();

} // namespace stretch::render
