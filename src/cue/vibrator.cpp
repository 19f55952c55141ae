// SPDX-License-Identifier: MIT
// Buzzing a phone, for a runner who cannot hear the tones over the road.
#include "cue/vibrator.h"

namespace stretch::cue {

void ProcessVibrator::buzz(session::Duration length)
{
  m_started.start({m_program.string(), "-f", "-d", std::to_string(length.count())});
}

} // namespace stretch::cue
