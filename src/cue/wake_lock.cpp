// SPDX-License-Identifier: MIT
// Keeping a phone awake through a session.
#include "cue/wake_lock.h"

namespace stretch::cue {

std::optional<WakeLockPrograms> find_wake_lock(std::string_view path)
{
  auto lock = util::find_program("termux-wake-lock", path);
  auto unlock = util::find_program("termux-wake-unlock", path);
  if (!lock || !unlock) {
    return std::nullopt;
  }
  return WakeLockPrograms{std::move(*lock), std::move(*unlock)};
}

void ProcessWakeLock::acquire()
{
  if (!m_held) {
    m_held = m_started.start({m_programs.lock.string()});
  }
}

void ProcessWakeLock::release()
{
  if (m_held) {
    m_started.start({m_programs.unlock.string()});
    m_held = false;
  }
}

} // namespace stretch::cue
