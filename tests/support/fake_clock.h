// SPDX-License-Identifier: MIT
// A clock that moves only when a test moves it.
#pragma once

#include "session/clock.h"

namespace stretch::test {

/// Starts at an arbitrary fixed time point; `advance` and `set` move it forward.
class FakeClock : public session::Clock
{
public:
  session::TimePoint now() const override { return m_now; }

  /// The time the clock started at.
  session::TimePoint epoch() const { return m_epoch; }

  void advance(session::Duration d) { m_now += d; }
  void set(session::TimePoint t) { m_now = t > m_now ? t : m_now; }

private:
  session::TimePoint m_epoch = session::TimePoint{} + std::chrono::hours(1000);
  session::TimePoint m_now = m_epoch;
};

} // namespace stretch::test
