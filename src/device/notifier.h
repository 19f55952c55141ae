// SPDX-License-Identifier: MIT
// Desktop notifications: at the end of a session, and when a question waits, for a runner
// who is looking at another window.
#pragma once

#include "device/device.h"
#include "util/clock.h"
#include "term/osc.h"
#include "term/terminal.h"
#include "util/children.h"

#include <filesystem>
#include <string_view>

namespace stretch::device {

/// Shows a desktop notification. Never waits for it to be seen.
class Notifier : public Device
{
public:
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

/// How long notify-send may take before it is taken to hang (a desktop bus that does not
/// answer).
inline constexpr util::Duration k_notify_limit{5000};

/// Notifies by starting `notify-send` (found at `program`) with an argument vector, never
/// through a shell, and without waiting for it. One that fails or hangs twice is given up.
class ProcessNotifier : public Notifier
{
public:
  ProcessNotifier(std::filesystem::path program, const util::Clock& clock,
                  util::Processes& processes = util::posix_processes());
  void notify(std::string_view title, std::string_view body) override;

  void poll(util::TimePoint now) override;
  std::optional<util::TimePoint> next_poll() const override { return m_children.next_deadline(); }

private:
  std::filesystem::path m_program;
  const util::Clock& m_clock;
  util::Children m_children;
  Strikes m_strikes;
};

} // namespace stretch::device
