// SPDX-License-Identifier: MIT
// Buzzing a phone, for a runner who cannot hear the tones over the road.
#pragma once

#include "device/device.h"
#include "util/clock.h"
#include "util/children.h"

#include <filesystem>
#include <optional>

namespace stretch::device {

/// A short buzz at 3, 2 and 1, a long one at each change.
inline constexpr util::Duration k_buzz_short{100};
inline constexpr util::Duration k_buzz_long{500};

/// How long a termux-* program may take, past what it was asked to do, before it is taken
/// to hang (they do when the Termux:API app is missing).
inline constexpr util::Duration k_termux_limit{3000};

/// Makes the device vibrate. Never waits.
class Vibrator : public Device
{
public:
  /// Vibrates for `length`.
  virtual void buzz(util::Duration length) = 0;
};

/// Vibrates through Termux:API's `termux-vibrate -f -d MS` (found at `program`): an
/// argument vector, never a shell; `-f` buzzes even when the phone is set to silent. A
/// program that hangs is given up at once, one that fails, after twice.
class ProcessVibrator : public Vibrator
{
public:
  ProcessVibrator(std::filesystem::path program, const util::Clock& clock,
                  util::Processes& processes = util::posix_processes());
  void buzz(util::Duration length) override;

  void poll(util::TimePoint now) override;
  std::optional<util::TimePoint> next_poll() const override { return m_children.next_deadline(); }

private:
  std::filesystem::path m_program;
  const util::Clock& m_clock;
  util::Children m_children;
  Strikes m_strikes;
};

} // namespace stretch::device
