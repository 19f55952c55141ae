// SPDX-License-Identifier: MIT
// Everything a session says and plays, one thing at a time: spoken cues and tones never
// sound on top of each other.
#pragma once

#include "device/player.h"
#include "device/speech.h"
#include "device/tones.h"
#include "util/clock.h"

#include <cstdint>
#include <deque>
#include <optional>
#include <string>

namespace stretch::device {

/// A queue of words and tones over a `Speech` and a `Player` (either may be absent: then
/// what it would sound is skipped). Each thing starts when the one before has ended; one
/// that could not start in time (`start_by`) is dropped instead of sounding late.
class AudioQueue
{
public:
  /// Sounds through `speech` and `player`, which may be null.
  AudioQueue(Speech* speech, Player* player) : m_speech(speech), m_player(player) {}

  /// The voice and the player, for their problems; either may be null.
  Speech* speech() const { return m_speech; }
  Player* player() const { return m_player; }

  /// True when there is a voice to say things, not given up.
  bool speaks() const { return m_speech != nullptr && !m_speech->dropped(); }

  /// True when there is a player for tones, not given up.
  bool plays() const { return m_player != nullptr && !m_player->dropped(); }

  /// Queues `text` to be said after everything queued before it, at `now` or later; it is
  /// dropped when it cannot start by `start_by`, and, unless `keep`, when `cut` is called.
  /// Returns its number, for `pending`.
  std::uint64_t say(std::string text, util::TimePoint now, std::optional<util::TimePoint> start_by = std::nullopt,
                    bool keep = false);

  /// Queues `tone` the same way.
  std::uint64_t play(Tone tone, util::TimePoint now, std::optional<util::TimePoint> start_by = std::nullopt);

  /// Stops what sounds and drops everything queued: the user skipped, paused or stopped.
  void interrupt();

  /// Stops what sounds and drops what is queued, except what was queued to `keep` (an
  /// answer's advice): a new step starts, and the last one's words must not run into it.
  void cut();

  /// Notices the end of what was sounding and starts the next thing in the queue. Call it
  /// whenever the session wakes up.
  void update(util::TimePoint now);

  /// True while anything sounds or waits to.
  bool busy() const { return m_current.has_value() || !m_queue.empty(); }

  /// True while item `id` has not ended (nor been dropped).
  bool pending(std::uint64_t id) const;

  /// How long what sounds and is queued should take at most, at a slow pace: how long the
  /// end of a session may wait for it.
  util::Duration time_to_finish() const;

  /// When `update` must next run without being woken by the end of a program: the known
  /// end of a tone or a fake's speech, a device's own time limit, or a little later while
  /// something sounds (in case that end went unheard). nullopt when idle.
  std::optional<util::TimePoint> next_update(util::TimePoint now) const;

private:
  struct Item
  {
    std::uint64_t id = 0;
    std::optional<Tone> tone; // a tone, else words
    std::string text;
    std::optional<util::TimePoint> start_by;
    bool keep = false;
  };

  std::uint64_t push(Item item, util::TimePoint now);
  bool start(const Item& item);
  bool sounding();
  void stop_current();

  Speech* m_speech;
  Player* m_player;
  std::deque<Item> m_queue;
  std::optional<Item> m_current; // sounding
  std::uint64_t m_next_id = 1;
};

} // namespace stretch::device
