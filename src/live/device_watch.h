// SPDX-License-Identifier: MIT
// The devices of a session as the loop sees them: looked at on every wake-up, never waited
// for, and each problem of theirs worded once.
#pragma once

#include "device/audio_queue.h"
#include "device/device.h"
#include "device/notifier.h"
#include "device/vibrator.h"
#include "device/wake_lock.h"
#include "render/session_words.h"
#include "util/time.h"

#include <optional>
#include <string>
#include <vector>

namespace stretch::live {

/// What a session reaches outside the terminal; each may be null.
struct Devices
{
  device::AudioQueue* audio = nullptr;     // the voice and the tones
  device::Vibrator* vibrator = nullptr;    // a buzz at each change
  device::Notifier* notifier = nullptr;    // desktop notifications
  device::WakeLock* wake_lock = nullptr;   // keeps a phone awake while the session runs
};

/// Looks at the devices: lets the audio queue notice what ended and start what is next, has
/// each device collect its programs, and words each problem once.
class DeviceWatch
{
public:
  /// `bell`: the terminal's bell takes over from a player given up.
  DeviceWatch(const Devices& devices, bool bell);

  /// Looks at every device at `now`; returns the notices of the problems found, a line each.
  std::vector<std::string> poll(util::TimePoint now);

  /// When the devices must next be looked at without a signal to wake the loop.
  std::optional<util::TimePoint> next_poll(util::TimePoint now) const;

private:
  struct Watched
  {
    device::Device* device;
    render::DeviceRole role;
  };

  device::AudioQueue* m_audio;
  std::vector<Watched> m_watched;
  bool m_bell;
};

} // namespace stretch::live
