// SPDX-License-Identifier: MIT
// A clock that moves only when a test moves it.
#pragma once

#include "util/clock.h"

namespace stretch::test {

/// Starts at an arbitrary fixed time point; `advance` and `set` move it forward.
class FakeClock : public util::Clock
{
public:
  util::TimePoint now() const override { return m_now; }

  /// The time the clock started at.
  util::TimePoint epoch() const { return m_epoch; }

  void advance(util::Duration d) { m_now += d; }
  void set(util::TimePoint t) { m_now = t > m_now ? t : m_now; }

private:
  util::TimePoint m_epoch = util::TimePoint{} + std::chrono::hours(1000);
  util::TimePoint m_now = m_epoch;
};

/// A wall clock that moves with a fake steady clock, from `start` at its epoch.
class FakeWallClock : public util::WallClock
{
public:
  explicit FakeWallClock(const FakeClock& clock,
                         std::chrono::sys_seconds start = std::chrono::sys_days{std::chrono::year{2026} / 12 / 2} + std::chrono::hours(7))
    : m_clock(clock), m_start(start)
  {
  }

  std::chrono::sys_seconds now() const override
  {
    return m_start + std::chrono::floor<std::chrono::seconds>(m_clock.now() - m_clock.epoch());
  }

private:
  const FakeClock& m_clock;
  std::chrono::sys_seconds m_start;
};

} // namespace stretch::test
