// SPDX-License-Identifier: MIT
// The status area of a session on a terminal: what to do now, how long, and how far along.
#pragma once

#include "plan/plan.h"
#include "render/style.h"

#include <chrono>
#include <optional>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace stretch::render {

/// The state of a session that the status area shows.
struct StatusView
{
  const plan::PlanStep* step = nullptr;
  std::size_t index = 0; // of the step, 0-based
  std::size_t count = 0; // steps in the plan
  std::chrono::nanoseconds remaining{0};  // in the step
  std::chrono::nanoseconds total_left{0}; // in the routine
  bool paused = false;
  bool stopping = false;      // `q` was pressed: `remaining` counts down to the stop
  bool waiting = false;       // a manual step or question waiting for a key
  bool held = false;          // a lead-in that waits for the voice to finish its cue
  std::optional<bool> proposed; // an answer shown, counting down (`remaining`) to when it counts
  bool keys = false;          // keys can be read
  bool show_keys = false;     // `?` was pressed: list the keys
  std::string_view prompt;    // what to press on a waiting step: "Enter when done"
  std::string_view key_help;  // the keys of this screen, for `?`, items between the locale's separators
  std::string_view notice;    // an answer's advice, kept in sight for a while; "" for none
  bool notice_warning = false; // the advice ends the routine: shown as a warning
  std::string_view hint;      // why a key did nothing: "Hold on: ..."; "" for none
  std::string_view device_notice; // devices that failed, and what took over, a line each; "" for none
};

/// How to draw it.
struct StatusStyle
{
  const Palette* palette = nullptr;
  std::size_t width = 80; // terminal columns; every line is kept below this
  std::size_t rows = 24;  // terminal rows; the area never takes more
  bool big = false;       // large digits for the time left
  bool unicode = true;    // block characters, `·` and `…`, rather than ASCII
};

/// The lines of the status area: an answer's advice; exercise, side and rep; the step's
/// phase word (its label or kind), time left and a progress bar (or what key to press, or
/// the answer given and when it counts, or the seconds until a stop); a key's hint; a
/// device's notice; the large digits; the cue, wrapped at words; the answers of a question
/// that nobody can answer; and the routine's progress and time left with a hint at the
/// keys, or, after `?`, every key of the screen. No line reaches the last column, and when
/// rows are short the least important lines go first: the progress line, then the large
/// digits (they never cut the cue), then the end of the cue, the keys, the advice and the
/// notices; the side, the phase and the seconds always stay. Routine text is made safe for
/// the terminal.
std::vector<std::string> status_lines(const StatusView& view, const StatusStyle& style);

/// The time left as shown: whole seconds, rounded up, so `0:01` lasts to the very end.
std::string shown_time_left(std::chrono::nanoseconds remaining);

} // namespace stretch::render
