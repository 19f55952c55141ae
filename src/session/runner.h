// Runs a plan in real time: the loop that joins the session to the clock, the keys, the
// screen, the bell and the voice.
#pragma once

#include "cue/speech.h"
#include "plan/plan.h"
#include "render/screen.h"
#include "render/style.h"
#include "session/bell_schedule.h"
#include "session/clock.h"
#include "session/session.h"
#include "term/terminal.h"

namespace stretch::session {

/// How a session is shown.
struct RunOptions
{
  bool plain = false;   // one line per event instead of a status area redrawn in place
  bool keys = false;    // keys can be read: manual steps and questions wait for them
  bool bell = true;     // ring the terminal bell at each change
  bool big = false;     // large digits for the time left
  bool unicode = true;  // block characters
  render::Palette palette;
};

/// How a run ended.
struct RunResult
{
  Summary summary;
  int signal = 0; // the signal that interrupted it, or 0
};

/// Runs `plan` until it ends, the user stops it, or a signal arrives. Sleeps in
/// `terminal.wait` until the next deadline, display tick, bell or key: it never busy-waits.
class Runner
{
public:
  /// `speaker` may be null: no voice.
  Runner(const plan::Plan& plan, const RunOptions& options, Clock& clock, term::Terminal& terminal,
         cue::Speaker* speaker);

  RunResult run();

private:
  void handle_events(Session& session);
  void handle_key(Session& session, const term::Key& key);
  void handle_signal(Session& session, int signal);
  void draw(const Session& session);
  void print_above(std::string_view text);
  TimePoint next_wake(const Session& session, TimePoint now) const;
  Duration elapsed(TimePoint at) const { return millis_between(m_start, at); }

  const plan::Plan& m_plan;
  RunOptions m_options;
  Clock& m_clock;
  term::Terminal& m_terminal;
  cue::Speaker* m_speaker;
  TimePoint m_start;
  render::Screen m_screen;
  BellSchedule m_bells;
  bool m_show_keys = false;
  bool m_dirty = true;             // the status area must be redrawn
  std::string m_shown;             // the time left as last drawn
  std::optional<TimePoint> m_tick; // when the time shown next changes
  int m_signal = 0;
};

} // namespace stretch::session
