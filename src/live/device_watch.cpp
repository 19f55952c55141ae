// SPDX-License-Identifier: MIT
// The devices of a session as the loop sees them.
#include "live/device_watch.h"

namespace stretch::live {

DeviceWatch::DeviceWatch(const Devices& devices, bool bell) : m_audio(devices.audio), m_bell(bell)
{
  const auto watch = [&](device::Device* device, render::DeviceRole role) {
    if (device != nullptr) {
      m_watched.push_back({device, role});
    }
  };
  if (devices.audio != nullptr) {
    watch(devices.audio->player(), render::DeviceRole::player);
    watch(devices.audio->speech(), render::DeviceRole::voice);
  }
  watch(devices.vibrator, render::DeviceRole::vibrator);
  watch(devices.wake_lock, render::DeviceRole::wake_lock);
  watch(devices.notifier, render::DeviceRole::notifier);
}

std::vector<std::string> DeviceWatch::poll(util::TimePoint now)
{
  if (m_audio != nullptr) {
    m_audio->update(now);
  }
  std::vector<std::string> notices;
  for (const Watched& watched : m_watched) {
    watched.device->poll(now);
    while (const auto problem = watched.device->take_problem()) {
      notices.push_back(render::device_notice(*problem, watched.role, m_bell));
    }
  }
  return notices;
}

std::optional<util::TimePoint> DeviceWatch::next_poll(util::TimePoint now) const
{
  std::optional<util::TimePoint> next = m_audio != nullptr ? m_audio->next_update(now) : std::nullopt;
  for (const Watched& watched : m_watched) {
    if (const auto at = watched.device->next_poll(); at && (!next || *at < *next)) {
      next = at;
    }
  }
  return next;
}

} // namespace stretch::live
