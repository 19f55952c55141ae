// SPDX-License-Identifier: MIT
// Buzzing a phone, for a runner who cannot hear the tones over the road.
#include "device/vibrator.h"

namespace stretch::device {

ProcessVibrator::ProcessVibrator(std::filesystem::path program, const util::Clock& clock,
                                 util::Processes& processes)
  : m_program(std::move(program)), m_clock(clock), m_children(processes)
{
}

void ProcessVibrator::buzz(util::Duration length)
{
  if (dropped()) {
    return;
  }
  // In a group of its own: a buzz asked for finishes even when the terminal goes away.
  const auto started = m_children.start({m_program.string(), "-f", "-d", std::to_string(length.count())},
                                        m_clock.now(), length + k_termux_limit, {.own_group = true, .outlives = true});
  if (!started) {
    give_up(m_strikes.count_start_failure(started.error(), program_name(m_program.string())));
  }
}

void ProcessVibrator::poll(util::TimePoint now)
{
  for (const auto& ended : m_children.poll(now)) {
    give_up(m_strikes.count(ended, program_name(m_program.string()), true));
  }
}

} // namespace stretch::device
