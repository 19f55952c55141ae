// SPDX-License-Identifier: MIT
// The session as one line per event.
#include "live/plain_view.h"

#include "render/glyphs.h"
#include "render/plain_log.h"
#include "render/session_words.h"
#include "render/summary.h"
#include "util/terminal_text.h"

#include <fmt/format.h>

namespace stretch::live {

using session::Event;

PlainView::PlainView(const plan::Plan& plan, const Options& options, term::Terminal& terminal)
  : m_plan(plan), m_options(options), m_terminal(terminal), m_keys(options.keys)
{
}

void PlainView::on_event(const Event& event, const session::Session& session, TimePoint now)
{
  switch (event.kind) {
  case Event::Kind::began:
    m_start = event.at;
    m_terminal.write(render::for_locale(fmt::format("{} ({})", util::terminal_safe(m_plan.about.title),
                                                    routine::format_duration(m_plan.total)),
                                        m_options.unicode)
                     + '\n');
    return;
  case Event::Kind::started:
    if (event.step < m_plan.steps.size()) {
      m_terminal.write(render::plain_step_line(m_plan.steps[event.step], elapsed(event.at), m_keys, m_options.unicode));
    }
    return;
  case Event::Kind::answered:
    m_terminal.write(render::plain_answer_line(m_plan.steps[event.step], event.yes, elapsed(event.at), m_options.unicode));
    return;
  case Event::Kind::told:
    m_terminal.write(render::plain_event_line(event.text, elapsed(now)));
    return;
  case Event::Kind::unattended:
    m_keys = false;
    return;
  case Event::Kind::finished:
    m_terminal.write(render::format_summary(m_plan, session.summary(now), {&m_options.palette, 0, m_options.unicode}));
    return;
  default:
    break;
  }
  if (event.step < m_plan.steps.size()) {
    if (const auto words = render::plain_event_words(event)) {
      m_terminal.write(render::plain_event_line(*words, elapsed(event.at)));
    }
  }
}

} // namespace stretch::live
