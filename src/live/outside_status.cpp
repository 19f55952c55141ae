// SPDX-License-Identifier: MIT
// The session in the window title and the tab's progress bar.
#include "live/outside_status.h"

#include "i18n/catalog.h"
#include "render/glyphs.h"
#include "render/status.h"
#include "render/step_text.h"
#include "term/osc.h"

#include <fmt/format.h>

namespace stretch::live {

OutsideStatus::OutsideStatus(const plan::Plan& plan, const Options& options, term::Terminal& terminal)
  : m_plan(plan), m_options(options), m_terminal(terminal), m_progress(options.progress)
{
}

void OutsideStatus::on_event(const session::Event& event, const session::Session& /*session*/, TimePoint /*now*/)
{
  if (event.kind == session::Event::Kind::finished && m_progress) {
    m_terminal.write(term::progress_bar_sequence(term::ProgressState::clear, 0, m_options.tmux));
    m_progress = false;
  }
}

void OutsideStatus::on_wake(const session::Session& session, TimePoint now)
{
  if (session.finished()) {
    return;
  }
  std::string out; // one write for both: a reader sees them together
  const auto send = [&](std::string sequence, std::string& last) {
    if (sequence != last) {
      out += sequence;
      last = std::move(sequence);
    }
  };
  if (m_options.title) {
    const plan::PlanStep& step = session.step();
    const std::string time = render::shown_time_left(session.remaining(now));
    const std::string what = session.waiting()  ? render::phase_word(step)
                             : session.paused() ? fmt::format("{} {}", i18n::tr("PAUSED"), time)
                                                : fmt::format("{} {}", time, render::phase_word(step));
    const std::string text = fmt::format("{}{}{} - stretch", what, step.side.empty() ? "" : " ", render::side_upper(step));
    send(term::window_title(render::for_locale(text, m_options.unicode)), m_title);
  }
  if (m_progress) {
    const double total = static_cast<double>(std::chrono::nanoseconds(m_plan.total).count());
    const double left = static_cast<double>(session.total_left(now).count());
    const int percent = total > 0 ? static_cast<int>(100.0 * (1.0 - left / total)) : 0;
    std::string sequence = term::progress_bar_sequence(
      session.paused() ? term::ProgressState::paused : term::ProgressState::normal, percent, m_options.tmux);
    if (!m_bar_sent || now - *m_bar_sent >= k_progress_refresh) {
      m_bar.clear(); // sent again, even unchanged
    }
    if (sequence != m_bar) {
      m_bar_sent = now;
    }
    send(std::move(sequence), m_bar);
  }
  if (!out.empty()) {
    m_terminal.write(out);
  }
}

std::optional<TimePoint> OutsideStatus::next_wake(const session::Session& session, TimePoint /*now*/) const
{
  if (session.finished() || !m_progress || !m_bar_sent) {
    return std::nullopt;
  }
  return *m_bar_sent + k_progress_refresh;
}

} // namespace stretch::live
