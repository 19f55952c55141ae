// SPDX-License-Identifier: MIT
// `stretch NAME`: runs a routine in real time on the terminal.
#pragma once

#include "commands/context.h"
#include "plan/plan.h"
#include "routine/loader.h"
#include "render/style.h"
#include "live/options.h"
#include "session/session.h"
#include "term/background.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stretch::commands {

/// What `stretch NAME` was asked for.
struct RunCommandOptions
{
  std::string routine;     // a name, a path, `-` for standard input, or a duration (a quick hold)
  std::optional<std::string> hold{}; // `stretch hold 30s`: a quick hold of this duration
  bool sides = false;      // --side was given: a quick hold has a left and a right side
  plan::PlanOptions plan{};
  bool dry_run = false;    // print the timeline and exit without waiting
  bool plain = false;      // one line per event, even on a terminal
  bool big = false;        // large digits
  std::optional<live::Sound> sound{}; // nullopt: tones when a sound player is found, else the bell
  bool voice = false;      // speak each cue
  bool vibrate = false;    // buzz the phone at each change (Termux:API)
  bool log = true;         // append the session to the history log
  std::optional<std::string> history_dir{}; // `history-dir`: a history folder, a file for each device
  std::string device_name{}; // `device`: this device's name in the history
  bool status = true;      // the window title and the progress bar in the tab or taskbar
  bool notify = true;      // a desktop notification at the end and when a question waits
  std::vector<std::string_view> commands{}; // the commands, for "did you mean" after a mistyped one
};

/// The routine file a run means: a quick hold for `hold` (see `library::quick_hold`), the
/// routine read from `input` (standard input) for `-`, named after its title, else the
/// routine or file `routine` names, or, when nothing has that name and it reads as a
/// duration, a quick hold of it. Throws `UsageError` for an unknown name or a bad
/// duration, `Error` for input that cannot be read.
std::shared_ptr<const routine::ParsedFile> file_to_run(const Context& ctx, const RunCommandOptions& options, int input);

/// Runs the routine with the process's terminal, returning the exit status: 0 when it
/// ended or the user stopped it, 130 after Ctrl-C. After SIGTERM, SIGHUP or SIGQUIT the
/// terminal is restored, the session logged, and the process ends by that signal. A log
/// that cannot be written is a warning, not an error; so is a voice, sound player or
/// vibrator asked for and not found. On a phone with Termux, the phone is kept awake from
/// start to end, whatever the way out. A routine read from standard input takes its keys
/// from the terminal (/dev/tty), as a pager does.
int run_command(const Context& ctx, const RunCommandOptions& options);

/// Prints the plan as a session would, one line per step at its start time, without waiting.
void print_dry_run(const Context& ctx, const plan::Plan& plan);

/// The theme a terminal's `background` calls for; nullopt when it is unknown.
std::optional<render::Theme> theme_of(term::Background background);

/// The theme the terminal on standard input and output says its background calls for,
/// asked as a session asks it (waiting at most 100 ms); nullopt when there is no terminal
/// to ask, or it does not say.
std::optional<render::Theme> ask_terminal_theme();

} // namespace stretch::commands
