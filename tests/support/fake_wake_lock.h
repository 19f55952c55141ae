// SPDX-License-Identifier: MIT
// A wake lock that records when it is taken and let go.
#pragma once

#include "device/wake_lock.h"
#include "support/fake_clock.h"

#include <string>
#include <utility>
#include <vector>

namespace stretch::test {

/// Records "lock" and "unlock", each with its time from the clock's epoch.
class RecordingLock : public device::WakeLock
{
public:
  explicit RecordingLock(const FakeClock& clock) : m_clock(clock) {}
  void acquire() override { events.emplace_back("lock", m_clock.now() - m_clock.epoch()); }
  void release() override { events.emplace_back("unlock", m_clock.now() - m_clock.epoch()); }

  using Event = std::pair<std::string, util::TimePoint::duration>;
  std::vector<Event> events;

private:
  const FakeClock& m_clock;
};

} // namespace stretch::test
