// Runs a plan in real time: the loop that joins the session to the clock, the keys, the
// screen, the bell and the voice. Above session, render, cue and term; none of them knows
// of it.
#pragma once

#include "cue/notifier.h"
#include "cue/voice.h"
#include "plan/plan.h"
#include "render/screen.h"
#include "render/style.h"
#include "run/bell_schedule.h"
#include "run/keymap.h"
#include "session/clock.h"
#include "session/session.h"
#include "term/terminal.h"

#include <cstdint>
#include <optional>
#include <string>

namespace stretch::run {

/// How a session is shown.
struct RunOptions
{
  bool plain = false;   // one line per event instead of a status area redrawn in place
  bool keys = false;    // keys can be read: manual steps and questions wait for them
  bool bell = true;     // ring the terminal bell at each change, and count down holds
  bool big = false;     // large digits for the time left
  bool unicode = true;  // block characters, `·` and `…`
  bool title = false;   // show the phase, side and seconds in the window title
  bool progress = false; // show the routine's progress in the tab or taskbar (OSC 9;4)
  bool tmux = false;    // the progress bar goes through tmux's passthrough
  render::Palette palette;
};

/// How a run ended.
struct RunResult
{
  session::Summary summary;
  int signal = 0; // the signal that interrupted it, or 0
};

/// The shortest hold counted down, by voice or bell, over its last three seconds.
inline constexpr session::Duration k_countdown_from = std::chrono::seconds(6);

/// How long after a question appears its answer keys start to count: keys typed before it
/// showed, or at once, were meant for something else (`n` for next).
inline constexpr session::Duration k_answer_guard = std::chrono::milliseconds(500);

/// The longest a progress bar goes without being sent again: terminals drop a stale one.
inline constexpr session::Duration k_progress_refresh = std::chrono::seconds(10);

/// How long the end of a session waits for the voice, past the time its last words should
/// take: a speech program that hangs is given up on then.
inline constexpr session::Duration k_voice_grace = std::chrono::seconds(5);

/// Runs `plan` until it ends, the user stops it, or a signal arrives. Sleeps in
/// `terminal.wait` until the next second to show, deadline, bell, cue or key: it never
/// busy-waits, and a wake-up a little early or late never skips or repeats a second.
class Runner
{
public:
  /// `voice` and `notifier` may be null: no voice, no notifications.
  Runner(const plan::Plan& plan, const RunOptions& options, session::Clock& clock, term::Terminal& terminal,
         cue::Voice* voice, cue::Notifier* notifier = nullptr);

  RunResult run();

private:
  using TimePoint = session::TimePoint;

  void handle_events(session::Session& session);
  void step_started(std::size_t index, TimePoint at);
  void handle_key(session::Session& session, const term::Key& key);
  void handle_signal(session::Session& session, int signal);
  void hold_for_voice(session::Session& session, TimePoint now);
  void count_down(const session::Session& session, TimePoint now);
  void draw(const session::Session& session, TimePoint now);
  void show_outside(const session::Session& session, TimePoint now);
  void print_above(std::string_view text);
  // A desktop notification titled with the routine, when there is a notifier.
  void notify(std::string_view body);
  void finish(const session::Session& session, TimePoint now);
  bool done_waiting(TimePoint now) const;
  Screen screen_of(const session::Session& session) const;
  std::optional<TimePoint> next_tick(const session::Session& session, TimePoint now) const;
  TimePoint next_wake(const session::Session& session, TimePoint now) const;
  session::Duration elapsed(TimePoint at) const { return session::millis_between(m_start, at); }

  const plan::Plan& m_plan;
  RunOptions m_options;
  session::Clock& m_clock;
  term::Terminal& m_terminal;
  cue::Voice* m_voice;
  cue::Notifier* m_notifier;
  TimePoint m_start;
  render::Screen m_screen;
  BellSchedule m_bells;
  bool m_show_keys = false;
  bool m_dirty = true;                       // the status area must be redrawn
  std::string m_shown;                       // the time left as last drawn
  std::optional<std::uint64_t> m_lead_in_cue; // the cue of the current lead-in, while said
  int m_count_next = 0;                      // the next second of the countdown to mark; 0 for none
  bool m_summarized = false;
  std::optional<TimePoint> m_voice_until;    // at the end: how long to wait for the voice
  bool m_user_quit = false;
  int m_signal = 0;
  std::string m_title;                       // the window title as last sent
  std::string m_progress;                    // the progress bar as last sent
  std::optional<TimePoint> m_progress_sent;
};

} // namespace stretch::run
