// SPDX-License-Identifier: MIT
// Desktop notifications: at the end of a session, and when a question waits, for a runner
// who is looking at another window.
#pragma once

#include "term/osc.h"
#include "term/terminal.h"
#include "util/process.h"

#include <filesystem>
#include <string_view>

namespace stretch::cue {

/// Shows a desktop notification. Never waits for it to be seen.
class Notifier
{
public:
  virtual ~Notifier() = default;

  /// Shows `body` under `title`.
  virtual void notify(std::string_view title, std::string_view body) = 0;
};

/// Notifies through the terminal's own protocol (OSC 777, 99 or 9), passed through tmux
/// when `tmux`.
class TerminalNotifier : public Notifier
{
public:
  TerminalNotifier(term::Terminal& terminal, term::NotifyVia via, bool tmux);
  void notify(std::string_view title, std::string_view body) override;

private:
  term::Terminal& m_terminal;
  term::NotifyVia m_via;
  bool m_tmux;
};

/// Notifies by starting `notify-send` (found at `program`) with an argument vector, never
/// through a shell, and without waiting for it.
class ProcessNotifier : public Notifier
{
public:
  explicit ProcessNotifier(std::filesystem::path program) : m_program(std::move(program)) {}
  void notify(std::string_view title, std::string_view body) override;

private:
  std::filesystem::path m_program;
  util::Detached m_started;
};

} // namespace stretch::cue
