// SPDX-License-Identifier: MIT
// A listener of a session, driven by hand as the loop drives it: the events so far, then
// the wake-up.
#pragma once

#include "live/listener.h"
#include "session/session.h"

namespace stretch::test {

/// Tells `listener` every event `session` made since the last call, then wakes it at `now`.
inline void tell(session::Session& session, live::Listener& listener, util::TimePoint now)
{
  session.update(now);
  for (const session::Event& event : session.take_events()) {
    listener.on_event(event, session, now);
  }
  listener.on_wake(session, now);
}

} // namespace stretch::test
