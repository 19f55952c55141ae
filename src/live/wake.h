// SPDX-License-Identifier: MIT
// Keeps a phone awake while a session runs (Termux's wake lock): from its start to its end,
// and not while it is suspended (Ctrl-Z).
#pragma once

#include "device/wake_lock.h"
#include "live/listener.h"

namespace stretch::live {

/// Holds `lock` from the session's start to its end, letting go while it is suspended.
class Wake : public Listener
{
public:
  explicit Wake(device::WakeLock& lock) : m_lock(lock) {}

  void on_event(const session::Event& event, const session::Session& session, TimePoint now) override;

private:
  device::WakeLock& m_lock;
};

} // namespace stretch::live
