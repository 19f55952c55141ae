// SPDX-License-Identifier: MIT
// The loop that runs a session in real time: it joins the session to the clock, the keys,
// the signals and the devices, and tells its listeners every event. It decides nothing of
// timing (the session does) and shows nothing (the listeners do).
#pragma once

#include "live/device_watch.h"
#include "live/listener.h"
#include "plan/plan.h"
#include "session/session.h"
#include "term/terminal.h"
#include "util/clock.h"

#include <vector>

namespace stretch::live {

/// How a run ended.
struct Ending
{
  session::Summary summary;
  int signal = 0; // the signal that interrupted it, or 0
};

/// Runs `plan` until it ends, the user stops it, a signal arrives, or its output goes away
/// (then it is interrupted at once, as by SIGPIPE). Sleeps in `terminal.wait` until the next
/// moment the session, a listener or a device needs: it never busy-waits, and a wake-up a
/// little early or late never skips or repeats a second.
class Driver
{
public:
  /// `keys`: keys can be read from `terminal`. Every listener is told every event, in the
  /// order given.
  Driver(const plan::Plan& plan, bool keys, util::Clock& clock, term::Terminal& terminal,
         std::vector<Listener*> listeners, DeviceWatch& devices);

  Ending run();

private:
  void tell_listeners(TimePoint now);
  void handle_key(const term::Key& key, TimePoint now);
  void handle_signal(int signal, TimePoint now);
  TimePoint next_wake(TimePoint now) const;
  bool finishing(TimePoint now) const;

  util::Clock& m_clock;
  term::Terminal& m_terminal;
  std::vector<Listener*> m_listeners;
  DeviceWatch& m_devices;
  session::Session m_session;
  int m_signal = 0;
};

} // namespace stretch::live
