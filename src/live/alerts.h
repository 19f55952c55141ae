// SPDX-License-Identifier: MIT
// What a runner hears and feels during a session: bells or tones, the voice, a buzz. Decides
// what sounds when; the audio queue, the terminal's bell and the vibrator do the sounding.
#pragma once

#include "device/audio_queue.h"
#include "device/vibrator.h"
#include "live/bell_schedule.h"
#include "live/listener.h"
#include "live/options.h"
#include "plan/plan.h"
#include "term/terminal.h"

#include <cstdint>
#include <optional>
#include <set>
#include <string>

namespace stretch::live {

/// The shortest hold counted down, by voice, tones or bell, over its last three seconds.
inline constexpr util::Duration k_countdown_from = std::chrono::seconds(6);

/// How long the end of a session waits for the voice, past the time its last words should
/// take: a speech program that hangs is given up on then.
inline constexpr util::Duration k_voice_grace = std::chrono::seconds(5);

/// Turns the events of a session into sound and touch. Everything heard goes through one
/// audio queue, so a tone never sounds on top of a spoken word. Spoken cues fit their step:
/// the whole cue the first time a step comes, else only its label; the 3-2-1 only when the
/// voice is free for it. A lead-in lasts until its spoken cue is said; the end waits for
/// the last words, `k_voice_grace` past their time at most, unless the user stops it.
/// Never waits.
class Alerts : public Listener
{
public:
  /// Alerts of `plan` as `options` say (`sound`, `keys`, `bell`), through `audio` (null: no
  /// voice, no tones), `vibrator` (null: none) and the bell of `terminal`.
  Alerts(const plan::Plan& plan, const Options& options, device::AudioQueue* audio, device::Vibrator* vibrator,
         term::Terminal& terminal);

  void on_event(const session::Event& event, const session::Session& session, TimePoint now) override;
  /// Counts down the current step, and rings the bells that are due.
  void on_wake(const session::Session& session, TimePoint now) override;
  std::optional<TimePoint> next_wake(const session::Session& session, TimePoint now) const override;
  bool holds_lead_in() const override;
  bool finishing(TimePoint now) const override;

private:
  void step_started(std::size_t index, TimePoint at, TimePoint now);
  void step_restarted(std::size_t index, TimePoint now);
  void answer_proposed(bool yes, TimePoint now);
  void answer_counted(const routine::Answer& answer, TimePoint now);
  // Silence at once, then the pause's own sound, so a runner facing a wall knows it took.
  void paused(TimePoint now);
  void resumed(std::size_t index, TimePoint now);
  void silence();
  void finished(const session::Summary& summary, TimePoint at, TimePoint now);
  // Says the cue of `step`, which started at `at`, now; the words can start at `words_from`.
  void say_step(const plan::PlanStep& step, TimePoint at, TimePoint now, TimePoint words_from);
  void count(int number, TimePoint due, TimePoint now);
  bool speaks() const { return m_audio != nullptr && m_audio->speaks(); }
  // What marks a change now: tones while a player plays them, then the bell if it may ring.
  Sound sound() const;
  bool tones() const { return sound() == Sound::tones; }
  void buzz(util::Duration length);
  bool busy() const;

  const plan::Plan& m_plan;
  Options m_options;
  device::AudioQueue* m_audio;
  device::Vibrator* m_vibrator;
  term::Terminal& m_terminal;
  BellSchedule m_bells;
  int m_count_next = 0;                        // the next second of the countdown; 0 for none
  std::optional<std::uint64_t> m_lead_in_cue;  // the cue of the current lead-in, while said
  std::set<std::string> m_said_in_full;        // steps whose whole cue was said once
  std::optional<TimePoint> m_end_by;           // after the end: how long to wait for the last words
};

} // namespace stretch::live
