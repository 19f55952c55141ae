// SPDX-License-Identifier: MIT
// One who follows a running session: the screen, the plain log, the window's title and
// progress bar, the sounds, voice and buzz, notifications, the wake lock, the history log.
// Each is told every event of the one stream the session makes, and each keeps to itself.
#pragma once

#include "session/session.h"
#include "util/clock.h"

#include <optional>

namespace stretch::live {

using util::TimePoint;

/// Follows a session; the loop tells every listener of every event, in order.
class Listener
{
public:
  virtual ~Listener() = default;

  /// `event` happened; `session` is as it is after all the events of this wake-up.
  virtual void on_event(const session::Event& event, const session::Session& session, TimePoint now) = 0;

  /// The loop woke up at `now` and told every event: show what time alone changed.
  virtual void on_wake(const session::Session& /*session*/, TimePoint /*now*/) {}

  /// When the loop must next wake up for this listener (the next second to show, a tone to
  /// start); nullopt when it need not.
  virtual std::optional<TimePoint> next_wake(const session::Session& /*session*/, TimePoint /*now*/) const
  {
    return std::nullopt;
  }

  /// True while the current lead-in must wait for this listener (its cue is still said).
  virtual bool holds_lead_in() const { return false; }

  /// True while, after the end, this listener has something still to finish (last words);
  /// the loop waits for it then.
  virtual bool finishing(TimePoint /*now*/) const { return false; }
};

} // namespace stretch::live
