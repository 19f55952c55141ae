// SPDX-License-Identifier: MIT
// The session as one line per event (`--plain`, `TERM=dumb`, a pipe or a file): for logs,
// pipes and screen readers. Nothing is redrawn; the summary ends it.
#pragma once

#include "live/listener.h"
#include "live/options.h"
#include "plan/plan.h"
#include "term/terminal.h"

namespace stretch::live {

/// Writes a line, with the time since the start, for each step and each event.
class PlainView : public Listener
{
public:
  PlainView(const plan::Plan& plan, const Options& options, term::Terminal& terminal);

  void on_event(const session::Event& event, const session::Session& session, TimePoint now) override;

private:
  util::Duration elapsed(TimePoint at) const { return util::millis_between(m_start, at); }

  const plan::Plan& m_plan;
  const Options& m_options;
  term::Terminal& m_terminal;
  bool m_keys;       // keys can still be read
  TimePoint m_start; // when the session began
};

} // namespace stretch::live
