// SPDX-License-Identifier: MIT
// The session on a terminal that redraws in place.
#include "live/screen_view.h"

#include "live/keymap.h"
#include "render/glyphs.h"
#include "render/session_words.h"
#include "render/status.h"
#include "render/summary.h"
#include "util/terminal_text.h"
#include "util/wrap.h"

#include <fmt/format.h>

namespace stretch::live {

using session::Event;
using session::Notice;

ScreenView::ScreenView(const plan::Plan& plan, const Options& options, term::Terminal& terminal)
  : m_plan(plan), m_options(options), m_terminal(terminal), m_screen(options.rewraps), m_keys(options.keys)
{
}

void ScreenView::on_event(const Event& event, const session::Session& session, TimePoint now)
{
  switch (event.kind) {
  case Event::Kind::began: {
    // The title, wrapped at words: a title cut at the last column by the terminal reads badly.
    const std::string title = render::for_locale(
      fmt::format("{} ({})", util::terminal_safe(m_plan.about.title), routine::format_duration(m_plan.total)),
      m_options.unicode);
    std::string lines;
    for (const std::string& line : util::wrap_to_width(title, util::usable_width(m_terminal.size().columns), 4)) {
      lines += render::styled(m_options.palette.heading, line) + '\n';
    }
    m_terminal.write(lines);
    break;
  }
  case Event::Kind::unattended:
    m_keys = false;
    break;
  case Event::Kind::suspended:
    m_terminal.write(m_screen.clear(m_terminal.size().columns)); // the terminal is handed back clean
    break;
  case Event::Kind::told:
    if (session.finished()) {
      m_terminal.write(render::styled(m_options.palette.warning, util::terminal_safe(event.text)) + '\n');
    }
    break;
  case Event::Kind::finished: {
    const std::size_t width = m_terminal.size().columns;
    m_terminal.write(m_screen.clear(width)
                     + render::format_summary(m_plan, session.summary(now), {&m_options.palette, width, m_options.unicode}));
    break;
  }
  default:
    break;
  }
  m_dirty = true;
}

void ScreenView::on_wake(const session::Session& session, TimePoint now)
{
  if (session.finished()) {
    return;
  }
  const term::WindowSize size = m_terminal.size();
  if (m_dirty || size.columns != m_size.columns || size.rows != m_size.rows
      || render::shown_time_left(session.remaining(now)) != m_shown) {
    draw(session, now);
  }
}

std::optional<TimePoint> ScreenView::next_wake(const session::Session& session, TimePoint now) const
{
  // The moment the seconds shown change: when the time left reaches the next whole second.
  const auto deadline = session.finished() ? std::nullopt : session.deadline();
  if (!deadline) {
    return std::nullopt;
  }
  const long long shown = routine::ceil_seconds(*deadline - now).count();
  return shown > 0 ? std::optional(*deadline - std::chrono::seconds(shown - 1)) : std::nullopt;
}

void ScreenView::draw(const session::Session& session, TimePoint now)
{
  const Screen screen = screen_of(session);
  const std::string help = key_help(screen, m_options.unicode);
  const std::string wait_prompt = prompt(screen, m_options.unicode);
  render::StatusView view;
  view.step = &session.step();
  view.index = session.index();
  view.count = m_plan.steps.size();
  view.stopping = session.stops_at().has_value();
  view.remaining = view.stopping ? std::max(std::chrono::nanoseconds{0}, *session.stops_at() - now)
                                 : session.remaining(now);
  m_shown = render::shown_time_left(view.remaining);
  view.total_left = session.total_left(now);
  view.paused = session.paused();
  view.waiting = session.waiting();
  view.held = session.held();
  view.proposed = session.proposed();
  view.keys = m_keys;
  view.show_keys = session.help_shown();
  view.prompt = wait_prompt;
  view.key_help = help;
  std::string advice;
  std::string hint;
  std::string devices; // a line each
  for (const Notice& notice : session.notices()) {
    switch (notice.kind) {
    case Notice::Kind::advice: {
      const routine::Answer& answer = notice.yes ? m_plan.steps[notice.step].yes : m_plan.steps[notice.step].no;
      advice = render::answer_notice(notice.yes, answer.advice);
      view.notice_warning = answer.stops;
      break;
    }
    case Notice::Kind::hint:
      hint = render::hint_text(notice.hint, notice.yes);
      break;
    case Notice::Kind::device:
      devices += (devices.empty() ? "" : "\n") + notice.text;
      break;
    }
  }
  view.notice = advice;
  view.hint = hint;
  view.device_notice = devices;
  m_size = m_terminal.size();
  const render::StatusStyle style{&m_options.palette, m_size.columns, m_size.rows, m_options.big, m_options.unicode};
  m_terminal.write(m_screen.draw(render::status_lines(view, style), m_size.columns));
  m_dirty = false;
}

} // namespace stretch::live
