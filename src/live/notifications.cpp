// SPDX-License-Identifier: MIT
// Notifications of a session.
#include "live/notifications.h"

#include "render/session_words.h"

#include <fmt/format.h>

namespace stretch::live {

using session::Event;

Notifications::Notifications(const plan::Plan& plan, bool keys, device::Notifier& notifier)
  : m_plan(plan), m_keys(keys), m_notifier(notifier)
{
}

void Notifications::on_event(const Event& event, const session::Session& session, TimePoint /*now*/)
{
  const std::string title = fmt::format("stretch: {}", m_plan.about.title);
  switch (event.kind) {
  case Event::Kind::started:
    if (m_keys && event.step < m_plan.steps.size() && m_plan.steps[event.step].kind == routine::StepKind::question) {
      m_notifier.notify(title, render::question_notification(m_plan.steps[event.step].text));
    }
    break;
  case Event::Kind::unattended:
    m_keys = false;
    break;
  case Event::Kind::finished:
    if (const session::Summary summary = session.summary(event.at); summary.outcome == session::Outcome::done) {
      m_notifier.notify(title, render::end_notification(summary));
    }
    break;
  default:
    break;
  }
}

} // namespace stretch::live
