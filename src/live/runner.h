// SPDX-License-Identifier: MIT
// A session run in real time, put together: the loop, and the listeners the options ask
// for (the screen or the plain log, the window's title and progress bar, the sounds, voice
// and buzz, notifications, the wake lock, the history). Above session, render, device,
// history and term; none of them knows of it.
#pragma once

#include "history/store.h"
#include "live/device_watch.h"
#include "live/driver.h"
#include "live/options.h"
#include "plan/plan.h"
#include "term/terminal.h"
#include "util/clock.h"
#include "util/sink.h"

namespace stretch::live {

/// What a session reaches outside itself: real things in the program, fakes in tests.
struct Environment
{
  util::Clock& clock;          // for timing
  const util::WallClock& wall; // for when it started, and which day it is
  term::Terminal& terminal;
  Devices devices{};
  history::Store* history = nullptr; // null: no home folder to keep the history in
  util::Sink* err = nullptr;         // warnings; null: none
};

/// Runs `plan` as `options` say, in `env`, until it ends (see `Driver`).
Ending run_session(const plan::Plan& plan, const Options& options, const Environment& env);

} // namespace stretch::live
