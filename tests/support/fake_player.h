// SPDX-License-Identifier: MIT
// A sound player on a fake clock: each tone sounds for its own length, or as long as a test
// wants (a slow player).
#pragma once

#include "device/player.h"
#include "support/fake_clock.h"

#include <vector>

namespace stretch::test {

/// Records the tones it was asked to play, and when.
class FakePlayer : public device::Player
{
public:
  explicit FakePlayer(const FakeClock& clock) : m_clock(clock) {}

  /// Every tone lasts `extra` longer than its length, as a player that starts slowly.
  void set_extra(util::Duration extra) { m_extra = extra; }

  bool start(device::Tone tone) override
  {
    played.push_back({tone, m_clock.now(), false});
    m_end = m_clock.now() + device::tone_length(tone) + m_extra;
    return true;
  }

  bool playing() override { return !played.empty() && !played.back().cut && m_clock.now() < m_end; }

  void stop() override
  {
    if (playing()) {
      played.back().cut = true;
    }
  }

  std::optional<util::TimePoint> expected_end() const override { return m_end; }

  /// One tone played: which, when, and whether it was cut short.
  struct Played
  {
    device::Tone tone;
    util::TimePoint at;
    bool cut = false;
  };
  std::vector<Played> played;

private:
  const FakeClock& m_clock;
  util::Duration m_extra{0};
  util::TimePoint m_end{};
};

} // namespace stretch::test
