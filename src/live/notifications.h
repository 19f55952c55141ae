// SPDX-License-Identifier: MIT
// Desktop or phone notifications of a session: when a question waits for an answer, and
// when the routine is done, for a runner who is not looking at the terminal.
#pragma once

#include "device/notifier.h"
#include "live/listener.h"
#include "plan/plan.h"

namespace stretch::live {

/// Notifies, titled with the routine, when a question waits (while keys can answer it) and
/// at the end of a routine done (not one stopped or interrupted).
class Notifications : public Listener
{
public:
  Notifications(const plan::Plan& plan, bool keys, device::Notifier& notifier);

  void on_event(const session::Event& event, const session::Session& session, TimePoint now) override;

private:
  const plan::Plan& m_plan;
  bool m_keys;
  device::Notifier& m_notifier;
};

} // namespace stretch::live
