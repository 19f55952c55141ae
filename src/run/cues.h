// SPDX-License-Identifier: MIT
// What a runner hears and feels during a session: bells or tones, the voice, a buzz. Decides
// what sounds when; the audio queue, the terminal's bell and the vibrator do the sounding.
#pragma once

#include "cue/audio_queue.h"
#include "cue/vibrator.h"
#include "plan/plan.h"
#include "run/bell_schedule.h"
#include "session/clock.h"
#include "session/session.h"

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace stretch::run {

/// What marks each change: the terminal's bell, synthesized tones, or nothing.
enum class Sound { off, bell, tones };

/// The shortest hold counted down, by voice, tones or bell, over its last three seconds.
inline constexpr session::Duration k_countdown_from = std::chrono::seconds(6);

/// How the cues of a session sound.
struct CueOptions
{
  Sound sound = Sound::bell; // tones need the audio queue to have a player
  bool keys = false;         // questions can be answered with keys
  bool bell = false;         // the terminal's bell may ring: it takes over from a player given up
};

/// Turns the moments of a session into sound and touch. Everything heard goes through one
/// audio queue, so a tone never sounds on top of a spoken word. Spoken cues fit their step:
/// the whole cue the first time a step comes, else only its label; the 3-2-1 only when the
/// voice is free for it. Never waits.
class Cues
{
public:
  /// Cues of `plan` through `audio` (null: no voice, no tones) and `vibrator` (null: none).
  Cues(const plan::Plan& plan, const CueOptions& options, cue::AudioQueue* audio, cue::Vibrator* vibrator);

  /// Step `index` started at `at` (noticed at `now`).
  void step_started(std::size_t index, session::TimePoint at, session::TimePoint now);

  /// Step `index` started again.
  void step_restarted(std::size_t index, session::TimePoint now);

  /// An answer was given, not yet counted.
  void answer_proposed(bool yes, session::TimePoint now);

  /// An answer counted: its advice is said, and to its end.
  void answer_counted(const routine::Answer& answer, session::TimePoint now);

  /// The session paused (or will stop unless resumed): silence at once, then the pause's
  /// own sound, so that a runner facing a wall knows it took.
  void paused(session::TimePoint now);

  /// The session resumed on step `index`.
  void resumed(std::size_t index, session::TimePoint now);

  /// The user moved on (skip, start again) or stopped: silence at once.
  void silence();

  /// The session ended with `summary`.
  void finished(const session::Summary& summary, session::TimePoint at, session::TimePoint now);

  /// Lets the audio queue notice what ended and start what is next. Call it first whenever
  /// the session wakes up.
  void listen(session::TimePoint now);

  /// Counts down the current step, whose end is `deadline` (nullopt while paused or
  /// waiting). Call it after the session's events.
  void count_down(std::optional<session::TimePoint> deadline, session::TimePoint now);

  /// How many terminal bells to ring now (0 or 1).
  int take_bells(session::TimePoint now);

  /// True while the spoken cue of the current lead-in has not been said to its end.
  bool lead_in_speaking() const;

  /// True while anything still sounds or waits to: bells, words, tones.
  bool busy() const;

  /// How long what is still to sound may take at most.
  session::Duration time_to_finish() const;

  /// When the session must next wake up for a countdown, a bell or the audio queue.
  std::optional<session::TimePoint> next_wake(std::optional<session::TimePoint> deadline, session::TimePoint now) const;

private:
  // Says the cue of `step`, which started at `at`, now; the words can start at `words_from`.
  void say_step(const plan::PlanStep& step, session::TimePoint at, session::TimePoint now,
                session::TimePoint words_from);
  void count(int number, session::TimePoint due, session::TimePoint now);
  bool speaks() const { return m_audio != nullptr && m_audio->speaks(); }
  // What marks a change now: tones while a player plays them, then the bell if it may ring.
  Sound sound() const;
  bool tones() const { return sound() == Sound::tones; }
  void buzz(session::Duration length);

  const plan::Plan& m_plan;
  CueOptions m_options;
  cue::AudioQueue* m_audio;
  cue::Vibrator* m_vibrator;
  BellSchedule m_bells;
  int m_count_next = 0;                        // the next second of the countdown; 0 for none
  std::optional<std::uint64_t> m_lead_in_cue;  // the cue of the current lead-in, while said
  std::set<std::string> m_said_in_full;        // steps whose whole cue was said once
};

} // namespace stretch::run
