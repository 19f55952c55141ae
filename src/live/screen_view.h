// SPDX-License-Identifier: MIT
// The session on a terminal that redraws in place: the routine's title, then a status area
// kept up to date (what to do, which side, the seconds left, notices, the keys), and at the
// end the summary where the status area was.
#pragma once

#include "live/listener.h"
#include "live/options.h"
#include "plan/plan.h"
#include "render/screen.h"
#include "term/terminal.h"

#include <string>

namespace stretch::live {

/// Draws the status area whenever what it shows changes: an event, the next second, a
/// notice going out of sight, a new window size.
class ScreenView : public Listener
{
public:
  ScreenView(const plan::Plan& plan, const Options& options, term::Terminal& terminal);

  void on_event(const session::Event& event, const session::Session& session, TimePoint now) override;
  void on_wake(const session::Session& session, TimePoint now) override;
  std::optional<TimePoint> next_wake(const session::Session& session, TimePoint now) const override;

private:
  void draw(const session::Session& session, TimePoint now);

  const plan::Plan& m_plan;
  const Options& m_options;
  term::Terminal& m_terminal;
  render::Screen m_screen;
  bool m_keys;          // keys can still be read
  bool m_dirty = true;  // the status area must be redrawn
  std::string m_shown;  // the time left as last drawn
  term::WindowSize m_size{}; // the window's size as last drawn
};

} // namespace stretch::live
