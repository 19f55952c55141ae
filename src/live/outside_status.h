// SPDX-License-Identifier: MIT
// The session outside the terminal's own text, for a runner who looks at another window or
// tab: the phase, side and seconds in the window title, and the routine's progress in the
// tab or taskbar (OSC 9;4), paused as paused and cleared at the end.
#pragma once

#include "live/listener.h"
#include "live/options.h"
#include "plan/plan.h"
#include "term/terminal.h"

#include <optional>
#include <string>

namespace stretch::live {

/// The longest a progress bar goes without being sent again: terminals drop a stale one.
inline constexpr util::Duration k_progress_refresh = std::chrono::seconds(10);

/// Sends the window title and the progress bar when they change (the bar also every
/// `k_progress_refresh`), in one write.
class OutsideStatus : public Listener
{
public:
  OutsideStatus(const plan::Plan& plan, const Options& options, term::Terminal& terminal);

  void on_event(const session::Event& event, const session::Session& session, TimePoint now) override;
  void on_wake(const session::Session& session, TimePoint now) override;
  std::optional<TimePoint> next_wake(const session::Session& session, TimePoint now) const override;

private:
  const plan::Plan& m_plan;
  const Options& m_options;
  term::Terminal& m_terminal;
  bool m_progress;                          // the progress bar is shown
  std::string m_title;                      // the window title as last sent
  std::string m_bar;                        // the progress bar as last sent
  std::optional<TimePoint> m_bar_sent;
};

} // namespace stretch::live
