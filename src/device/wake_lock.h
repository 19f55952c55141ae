// SPDX-License-Identifier: MIT
// Keeping a phone awake through a session: a screen that sleeps mid-hold stops the timer
// on Android.
#pragma once

#include "device/device.h"
#include "util/clock.h"
#include "util/children.h"

#include <filesystem>
#include <optional>
#include <string_view>

namespace stretch::device {

/// Holds the device awake while acquired.
class WakeLock : public Device
{
public:
  /// Keeps the device awake from now on.
  virtual void acquire() = 0;

  /// Lets it sleep again; nothing when not acquired.
  virtual void release() = 0;
};

/// Termux's `termux-wake-lock` and `termux-wake-unlock`, found in the folders of `path` (a
/// `$PATH` value); nullopt unless both are there.
struct WakeLockPrograms
{
  std::filesystem::path lock;
  std::filesystem::path unlock;
};
std::optional<WakeLockPrograms> find_wake_lock(std::string_view path);

/// A wake lock through Termux's programs, started with an argument vector and never waited
/// for; released when destroyed, so that every way out of a session lets the phone sleep.
/// A lock program that hangs (as termux-* tools do without the Termux:API app) or fails is
/// given up for the session.
class ProcessWakeLock : public WakeLock
{
public:
  ProcessWakeLock(WakeLockPrograms programs, const util::Clock& clock,
                  util::Processes& processes = util::posix_processes());
  ~ProcessWakeLock() override { release(); }
  ProcessWakeLock(const ProcessWakeLock&) = delete;
  ProcessWakeLock& operator=(const ProcessWakeLock&) = delete;

  void acquire() override;
  void release() override;

  void poll(util::TimePoint now) override;
  std::optional<util::TimePoint> next_poll() const override { return m_children.next_deadline(); }

private:
  WakeLockPrograms m_programs;
  const util::Clock& m_clock;
  util::Children m_children;
  util::Children::Id m_lock = 0; // the lock program's run
  bool m_held = false;
};

} // namespace stretch::device
