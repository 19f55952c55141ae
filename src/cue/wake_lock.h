// SPDX-License-Identifier: MIT
// Keeping a phone awake through a session: a screen that sleeps mid-hold stops the timer
// on Android.
#pragma once

#include "util/process.h"

#include <filesystem>
#include <optional>
#include <string_view>

namespace stretch::cue {

/// Holds the device awake while acquired.
class WakeLock
{
public:
  virtual ~WakeLock() = default;

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
class ProcessWakeLock : public WakeLock
{
public:
  explicit ProcessWakeLock(WakeLockPrograms programs) : m_programs(std::move(programs)) {}
  ~ProcessWakeLock() override { release(); }
  ProcessWakeLock(const ProcessWakeLock&) = delete;
  ProcessWakeLock& operator=(const ProcessWakeLock&) = delete;

  void acquire() override;
  void release() override;

private:
  WakeLockPrograms m_programs;
  util::Detached m_started;
  bool m_held = false;
};

} // namespace stretch::cue
