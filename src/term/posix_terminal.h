// SPDX-License-Identifier: MIT
// The real terminal: raw keys through termios, signals through a pipe, waiting with poll().
#pragma once

#include "term/background.h"
#include "term/signal_pipe.h"
#include "term/terminal.h"
#include "util/env.h"
#include "util/sink.h"

#include <deque>
#include <string>
#include <optional>
#include <termios.h>

namespace stretch::term {

/// Settings for `PosixTerminal`.
struct PosixTerminalOptions
{
  int in_fd = 0;
  int out_fd = 1;
  bool keys = false;        // read keys from `in_fd` in raw mode (it is a terminal)
  bool hide_cursor = false; // hide the cursor while the session runs (`out_fd` is a terminal)
  bool title = false;       // the session sets the window title: save it, and put it back
  bool progress = false;    // the session shows a progress bar (OSC 9;4): clear it at the end
  bool tmux = false;        // the progress bar goes through tmux's passthrough
};

/// Owns the terminal for the length of a session, and puts it back exactly as it was found
/// on every way out: destruction (also by an exception), `restore()`, and `suspend()`:
/// settings, cursor, window title and progress bar.
/// Catches SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP, SIGCONT, SIGWINCH and SIGCHLD (the
/// end of a speech program) and reports them from `wait`, and reports an output that went
/// away (a pipe whose reader closed it, a hung-up terminal) as soon as it does.
class PosixTerminal : public Terminal
{
public:
  explicit PosixTerminal(const PosixTerminalOptions& options);
  ~PosixTerminal() override;
  PosixTerminal(const PosixTerminal&) = delete;
  PosixTerminal& operator=(const PosixTerminal&) = delete;

  void write(std::string_view text) override;
  WindowSize size() const override;
  Input wait(std::chrono::milliseconds timeout) override;
  void suspend() override;

  /// Puts the terminal back now, and stops reading keys. Signals are still caught.
  void restore();

  /// Asks the terminal whether its background is light or dark (`k_background_query`) and
  /// waits at most `timeout` for the answer, which never reaches the screen (keys are not
  /// echoed) nor the shell: keys typed meanwhile are kept, a late answer is read as one key
  /// that does nothing, and one still to come when the session ends is flushed. Only with
  /// keys: the answer comes on the input.
  Background query_background(std::chrono::milliseconds timeout);

private:
  void enter();
  void leave();
  void read_keys();
  void drop_late_reply(std::string& bytes);

  PosixTerminalOptions m_options;
  util::FdSink m_out;
  util::EnvLookup m_env = util::process_environment();
  SignalPipe m_signals;
  std::optional<termios> m_saved;
  bool m_entered = false;
  bool m_reply_due = false; // a query went unanswered: its answer may still come
  std::deque<Input> m_pending;
};

/// True when `fd` is a terminal.
bool is_terminal(int fd);

} // namespace stretch::term
