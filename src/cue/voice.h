// The voice of a session: cues said one after the other, each to its end.
#pragma once

#include "cue/speech.h"
#include "session/clock.h"

#include <cstdint>
#include <deque>
#include <optional>
#include <string>

namespace stretch::cue {

/// A queue of things to say over a `Speech`. Nothing is cut short but by `interrupt`, when
/// the user skips; a cue that could not start in time (`start_by`) is dropped instead of
/// being said late.
class Voice
{
public:
  /// Speaks through `speech`.
  explicit Voice(Speech& speech) : m_speech(speech) {}

  /// Queues `text`, to be said after everything queued before it, at `now` or later; when
  /// it cannot start by `start_by`, it is dropped. Returns its number, for `pending`.
  std::uint64_t say(std::string text, session::TimePoint now, std::optional<session::TimePoint> start_by = std::nullopt);

  /// Stops what is being said and drops everything queued: the user skipped.
  void interrupt();

  /// Notices the end of what was being said and starts the next cue in the queue. Call it
  /// whenever the session wakes up.
  void update(session::TimePoint now);

  /// True while anything is being said or waits to be.
  bool busy() const { return m_current.has_value() || !m_queue.empty(); }

  /// True while cue `id` has not been said to its end (nor dropped).
  bool pending(std::uint64_t id) const;

  /// How long what is being said and queued should take at most to say, at a slow pace:
  /// how long the end of a session may wait for it.
  session::Duration time_to_finish() const;

  /// When `update` must next run without being woken by the end of a speech program: the
  /// end of a fake's speech, a cue's deadline to start, or a little later while speaking
  /// (in case that end went unheard). nullopt when idle.
  std::optional<session::TimePoint> next_update(session::TimePoint now) const;

private:
  struct Cue
  {
    std::uint64_t id = 0;
    std::string text;
    std::optional<session::TimePoint> start_by;
  };

  Speech& m_speech;
  std::deque<Cue> m_queue;
  std::optional<std::uint64_t> m_current; // being said
  std::string m_current_text;
  std::uint64_t m_next_id = 1;
};

} // namespace stretch::cue
