// SPDX-License-Identifier: MIT
// Keeping a phone awake through a session.
#include "device/wake_lock.h"

#include "device/vibrator.h"
#include "util/process.h"

namespace stretch::device {

std::optional<WakeLockPrograms> find_wake_lock(std::string_view path)
{
  auto lock = util::find_program("termux-wake-lock", path);
  auto unlock = util::find_program("termux-wake-unlock", path);
  if (!lock || !unlock) {
    return std::nullopt;
  }
  return WakeLockPrograms{std::move(*lock), std::move(*unlock)};
}

ProcessWakeLock::ProcessWakeLock(WakeLockPrograms programs, const util::Clock& clock, util::Processes& processes)
  : m_programs(std::move(programs)), m_clock(clock), m_children(processes)
{
}

void ProcessWakeLock::acquire()
{
  if (m_held || dropped()) {
    return;
  }
  const auto started = m_children.start({m_programs.lock.string()}, m_clock.now(), k_termux_limit,
                                        {.own_group = true, .outlives = true});
  m_held = static_cast<bool>(started);
  if (started) {
    m_lock = *started;
  } else {
    report(start_problem(started.error(), program_name(m_programs.lock.string())));
  }
}

void ProcessWakeLock::release()
{
  if (!m_held) {
    return;
  }
  m_held = false;
  // Let go even when the lock program hung: the unlock is what lets the phone sleep. It
  // outlives this program, in a group of its own.
  (void)m_children.start({m_programs.unlock.string()}, m_clock.now(), k_termux_limit,
                         {.own_group = true, .outlives = true});
}

void ProcessWakeLock::poll(util::TimePoint now)
{
  // One hang or one failure of the lock gives it up: the phone may sleep.
  for (const auto& ended : m_children.poll(now)) {
    const bool broken = ended.how == util::ChildEnd::failed || ended.how == util::ChildEnd::timed_out;
    if (ended.id == m_lock && broken) {
      report(problem_of(ended, program_name(m_programs.lock.string())));
    }
  }
}

} // namespace stretch::device
