// SPDX-License-Identifier: MIT
// Buzzing a phone, for a runner who cannot hear the tones over the road.
#pragma once

#include "session/clock.h"
#include "util/process.h"

#include <filesystem>

namespace stretch::cue {

/// A short buzz at 3, 2 and 1, a long one at each change.
inline constexpr session::Duration k_buzz_short{100};
inline constexpr session::Duration k_buzz_long{500};

/// Makes the device vibrate. Never waits.
class Vibrator
{
public:
  virtual ~Vibrator() = default;

  /// Vibrates for `length`.
  virtual void buzz(session::Duration length) = 0;
};

/// Vibrates through Termux:API's `termux-vibrate -f -d MS` (found at `program`): an
/// argument vector, never a shell; `-f` buzzes even when the phone is set to silent.
class ProcessVibrator : public Vibrator
{
public:
  explicit ProcessVibrator(std::filesystem::path program) : m_program(std::move(program)) {}
  void buzz(session::Duration length) override;

private:
  std::filesystem::path m_program;
  util::Detached m_started;
};

} // namespace stretch::cue
