// SPDX-License-Identifier: MIT
// A session run in real time, put together.
#include "live/runner.h"

#include "live/alerts.h"
#include "live/logbook.h"
#include "live/notifications.h"
#include "live/outside_status.h"
#include "live/plain_view.h"
#include "live/screen_view.h"
#include "live/wake.h"

#include <memory>
#include <optional>

namespace stretch::live {

Ending run_session(const plan::Plan& plan, const Options& options, const Environment& env)
{
  util::StringSink no_warnings;
  util::Sink& err = env.err != nullptr ? *env.err : no_warnings;
  // In the order they are told: sound first, then what is shown, then the history (its
  // advice comes after the summary).
  Alerts alerts(plan, options, env.devices.audio, env.devices.vibrator, env.terminal);
  std::optional<Notifications> notifications;
  std::optional<Wake> wake;
  std::optional<ScreenView> screen;
  std::optional<PlainView> plain;
  std::optional<OutsideStatus> outside;
  Logbook logbook(plan, options, env.history, env.wall, env.terminal, err);
  std::vector<Listener*> listeners{&alerts};
  if (env.devices.notifier != nullptr) {
    listeners.push_back(&notifications.emplace(plan, options.keys, *env.devices.notifier));
  }
  if (env.devices.wake_lock != nullptr) {
    listeners.push_back(&wake.emplace(*env.devices.wake_lock));
  }
  if (options.plain) {
    listeners.push_back(&plain.emplace(plan, options, env.terminal));
  } else {
    listeners.push_back(&screen.emplace(plan, options, env.terminal));
  }
  if (options.title || options.progress) {
    listeners.push_back(&outside.emplace(plan, options, env.terminal)); // after the frame it goes with
  }
  listeners.push_back(&logbook);
  DeviceWatch devices(env.devices, options.bell);
  Driver driver(plan, options.keys, env.clock, env.terminal, std::move(listeners), devices);
  return driver.run();
}

} // namespace stretch::live
