// SPDX-License-Identifier: MIT
// The tones a session plays, synthesized here: no sound file ships with stretch.
#pragma once

#include "util/clock.h"

#include <array>
#include <string>
#include <string_view>

namespace stretch::device {

/// What a tone marks. Each sounds different, so a runner who looks at a wall knows which.
enum class Tone {
  pip,          // 3, 2 and 1 seconds before a hold ends
  hold,         // a hold starts: contract or stretch (rising)
  relax,        // a relax, rest or lead-in starts (falling)
  switch_sides, // the other side now (up, down, up)
  attention,    // a manual step or a question waits for a key (two equal notes)
  pause,        // the session paused, or will stop unless resumed (three falling notes)
  end,          // the routine is over (an arpeggio)
};

/// Every tone, in the order above.
inline constexpr std::array<Tone, 7> k_tones{Tone::pip,       Tone::hold,  Tone::relax, Tone::switch_sides,
                                             Tone::attention, Tone::pause, Tone::end};

/// The file name of `tone`: `pip.wav`.
std::string_view tone_file_name(Tone tone);

/// How long `tone` sounds.
util::Duration tone_length(Tone tone);

/// `tone` as a complete WAV file: 16-bit PCM, mono, 22,050 samples a second; notes of a
/// sine with a little of its third harmonic (to carry over traffic), faded in and out so
/// that nothing clicks, peaking at -1 dBFS.
std::string wav_bytes(Tone tone);

} // namespace stretch::device
