// SPDX-License-Identifier: MIT
// Runs a plan in real time: the loop that joins the session to the clock, the keys, the
// screen and the cues (bells, tones, voice, buzz). Above session, render, cue and term; none
// of them knows of it.
#pragma once

#include "cue/audio_queue.h"
#include "cue/notifier.h"
#include "cue/vibrator.h"
#include "cue/wake_lock.h"
#include "plan/plan.h"
#include "render/screen.h"
#include "render/style.h"
#include "run/cues.h"
#include "run/keymap.h"
#include "session/clock.h"
#include "session/session.h"
#include "term/terminal.h"

#include <optional>
#include <string>

namespace stretch::run {

/// How a session is shown and heard.
struct RunOptions
{
  bool plain = false;    // one line per event instead of a status area redrawn in place
  bool keys = false;     // keys can be read: manual steps and questions wait for them
  Sound sound = Sound::bell; // what marks each change; `tones` needs a player
  bool big = false;      // large digits for the time left
  bool unicode = true;   // block characters, `·` and `…`
  bool title = false;    // show the phase, side and seconds in the window title
  bool progress = false; // show the routine's progress in the tab or taskbar (OSC 9;4)
  bool tmux = false;     // the progress bar goes through tmux's passthrough
  bool bell = false;     // the terminal's bell may ring (a terminal, and sound not off)
  bool rewraps = true;   // a narrower window rewraps the rows shown (see `render::Screen`)
  render::Palette palette;
};

/// What a session reaches outside the terminal; each may be null.
struct Devices
{
  cue::AudioQueue* audio = nullptr;   // the voice and the tones
  cue::Vibrator* vibrator = nullptr;  // a buzz at each change
  cue::Notifier* notifier = nullptr;  // desktop notifications
  cue::WakeLock* wake_lock = nullptr; // keeps a phone awake while the session runs
};

/// How a run ended.
struct RunResult
{
  session::Summary summary;
  int signal = 0; // the signal that interrupted it, or 0
};

/// How long an answer's advice, or a device's notice, stays in the status area, at least.
inline constexpr session::Duration k_notice_time = std::chrono::seconds(10);

/// How long a key's hint stays in the status area.
inline constexpr session::Duration k_hint_time = std::chrono::seconds(3);

/// The longest a progress bar goes without being sent again: terminals drop a stale one.
inline constexpr session::Duration k_progress_refresh = std::chrono::seconds(10);

/// How long the end of a session waits for the voice, past the time its last words should
/// take: a speech program that hangs is given up on then.
inline constexpr session::Duration k_voice_grace = std::chrono::seconds(5);

/// Runs `plan` until it ends, the user stops it, a signal arrives, or its output goes away
/// (then it is interrupted at once, as by SIGPIPE, and writes nothing more). Sleeps in
/// `terminal.wait` until the next second to show, deadline, bell, cue or key: it never
/// busy-waits, and a wake-up a little early or late never skips or repeats a second.
class Runner
{
public:
  Runner(const plan::Plan& plan, const RunOptions& options, session::Clock& clock, term::Terminal& terminal,
         const Devices& devices = {});

  RunResult run();

private:
  using TimePoint = session::TimePoint;

  // An answer's advice, a hint or a device's notice, kept in the status area for a while.
  struct Notice
  {
    std::string text;
    bool warning = false;
    TimePoint until;
  };

  void handle_events(session::Session& session);
  void step_started(std::size_t index, TimePoint at);
  void answer_counted(const session::Event& event);
  void plain_event(const session::Event& event);
  void handle_key(session::Session& session, const term::Key& key);
  void poll_devices(const session::Session& session, TimePoint now);
  void tell(const std::string& line, const session::Session& session, TimePoint now);
  void handle_signal(session::Session& session, int signal);
  void output_gone(session::Session& session);
  void hold_for_voice(session::Session& session, TimePoint now);
  void draw(const session::Session& session, TimePoint now);
  void show_outside(const session::Session& session, TimePoint now);
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
  Devices m_devices;
  Cues m_cues;
  TimePoint m_start;
  render::Screen m_screen;
  bool m_show_keys = false;
  bool m_dirty = true;                    // the status area must be redrawn
  std::string m_shown;                    // the time left as last drawn
  std::optional<Notice> m_notice;         // an answer's advice
  std::optional<Notice> m_hint;           // why a key did nothing
  bool m_hint_taken_back = false;         // the hint says an answer was taken back
  std::vector<Notice> m_device_notices;   // devices that failed, each for a while
  bool m_summarized = false;
  std::optional<TimePoint> m_voice_until; // at the end: how long to wait for the voice
  bool m_user_quit = false;
  bool m_output_gone = false;             // nobody reads the output: nothing more is written
  int m_signal = 0;
  std::string m_title;                    // the window title as last sent
  std::string m_progress;                 // the progress bar as last sent
  std::optional<TimePoint> m_progress_sent;
};

} // namespace stretch::run
