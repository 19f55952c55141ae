// Runs a plan in real time: the loop that joins the session to the clock, the keys, the
// screen, the bell and the voice.
#include "session/runner.h"

#include "cue/utterance.h"
#include "render/plain_log.h"
#include "render/status.h"
#include "render/summary.h"
#include "util/terminal_text.h"

#include <csignal>
#include <fmt/format.h>

namespace stretch::session {
namespace {

using term::Key;

// The longest single wait, when nothing is due: keys and signals still wake the loop.
constexpr Duration k_idle_wait = std::chrono::minutes(10);

} // namespace

Runner::Runner(const plan::Plan& plan, const RunOptions& options, Clock& clock, term::Terminal& terminal,
               cue::Speaker* speaker)
  : m_plan(plan), m_options(options), m_clock(clock), m_terminal(terminal), m_speaker(speaker)
{
}

void Runner::print_above(std::string_view text)
{
  if (m_options.plain) {
    m_terminal.write(text);
  } else {
    m_terminal.write(m_screen.print_above(text, m_terminal.width()));
    m_dirty = true;
  }
}

void Runner::handle_events(Session& session)
{
  for (const Event& event : session.take_events()) {
    const bool real_step = event.step < m_plan.steps.size();
    switch (event.kind) {
    case Event::Kind::started: {
      const plan::PlanStep& step = m_plan.steps[event.step];
      if (m_options.plain) {
        m_terminal.write(render::plain_step_line(step, elapsed(event.at), m_options.keys));
      }
      const bool switching = step.new_side || step.kind == routine::StepKind::switch_sides;
      if (m_options.bell) {
        m_bells.ring(event.at, switching ? k_bells_switch_sides : k_bells_step);
      }
      if (m_speaker != nullptr) {
        m_speaker->say(cue::utterance(step, m_options.keys));
      }
      break;
    }
    case Event::Kind::answered: {
      const plan::PlanStep& question = m_plan.steps[event.step];
      const routine::Answer& answer = event.yes ? question.yes : question.no;
      if (m_options.plain) {
        m_terminal.write(render::plain_answer_line(question, event.yes, elapsed(event.at)));
      } else {
        const std::string text = util::terminal_safe(fmt::format("{} {}", event.yes ? "Yes:" : "No:", answer.advice));
        print_above(render::styled(answer.stops ? m_options.palette.warning : m_options.palette.good, text) + '\n');
      }
      if (m_speaker != nullptr) {
        m_speaker->say(answer.advice);
      }
      break;
    }
    case Event::Kind::skipped:
    case Event::Kind::restarted:
    case Event::Kind::paused:
    case Event::Kind::resumed:
      if (m_options.plain && real_step) {
        const char* what = event.kind == Event::Kind::skipped     ? "skipped"
                           : event.kind == Event::Kind::restarted ? "again"
                           : event.kind == Event::Kind::paused    ? "paused"
                                                                  : "resumed";
        m_terminal.write(render::plain_event_line(what, elapsed(event.at)));
      }
      break;
    case Event::Kind::done:
      break;
    case Event::Kind::finished:
      if (session.summary(event.at).outcome == Outcome::done) {
        if (m_options.bell) {
          m_bells.ring(event.at, k_bells_done);
        }
        if (m_speaker != nullptr) {
          m_speaker->say("Done. Well stretched.");
        }
      }
      break;
    }
    m_dirty = true;
  }
}

void Runner::handle_key(Session& session, const Key& key)
{
  const TimePoint now = m_clock.now();
  const bool quit = key.is('q') || key.is('Q') || key.kind == Key::Kind::escape;
  if (quit) {
    session.stop(Outcome::stopped, now);
  } else if (key.is('?')) {
    m_show_keys = !m_show_keys;
  } else if (session.waiting() && session.step().kind == routine::StepKind::question
             && (key.is('y') || key.is('Y') || key.is('n') || key.is('N'))) {
    session.answer(key.is('y') || key.is('Y'), now);
  } else if (session.waiting() && session.step().kind == routine::StepKind::manual
             && (key.kind == Key::Kind::enter || key.is(' '))) {
    session.confirm(now);
  } else if (key.is(' ') || key.is('p') || key.is('P')) {
    session.toggle_pause(now);
  } else if (key.is('n') || key.is('N') || key.kind == Key::Kind::right) {
    session.skip(now);
  } else if (key.is('b') || key.is('B') || key.kind == Key::Kind::left) {
    session.restart(now);
  }
  m_dirty = true;
}

void Runner::handle_signal(Session& session, int signal)
{
  const TimePoint now = m_clock.now();
  switch (signal) {
  case SIGTSTP:
    // Ctrl-Z: pause, give the terminal back, stop; on `fg`, redraw, still paused.
    session.pause(now);
    handle_events(session);
    if (!m_options.plain) {
      m_terminal.write(m_screen.clear(m_terminal.width()));
    }
    m_terminal.suspend();
    break;
  case SIGCONT:
  case SIGWINCH:
    break;
  default: // SIGINT, SIGTERM, SIGHUP, SIGQUIT
    if (session.finished()) {
      m_bells = BellSchedule{}; // over already: only the last bells are cut short
      break;
    }
    m_signal = signal;
    session.stop(Outcome::interrupted, now);
    break;
  }
  m_dirty = true;
}

void Runner::draw(const Session& session)
{
  const TimePoint now = m_clock.now();
  render::StatusView view;
  view.step = &session.step();
  view.index = session.index();
  view.count = m_plan.steps.size();
  view.remaining = session.remaining(now);
  m_shown = render::shown_time_left(view.remaining);
  view.total_left = session.total_left(now);
  view.paused = session.paused();
  view.waiting = session.waiting();
  view.keys = m_options.keys;
  view.show_keys = m_show_keys;
  const std::size_t width = m_terminal.width();
  const render::StatusStyle style{&m_options.palette, width, m_options.big, m_options.unicode};
  m_terminal.write(m_screen.draw(render::status_lines(view, style), width));
  m_dirty = false;
}

TimePoint Runner::next_wake(const Session& session, TimePoint now) const
{
  TimePoint wake = now + k_idle_wait;
  if (const auto deadline = session.deadline()) {
    wake = std::min(wake, *deadline);
  }
  if (m_tick) {
    wake = std::min(wake, *m_tick);
  }
  if (const auto bell = m_bells.next()) {
    wake = std::min(wake, *bell);
  }
  return wake;
}

RunResult Runner::run()
{
  m_start = m_clock.now();
  const std::string title = fmt::format("{} ({})", util::terminal_safe(m_plan.title), routine::format_duration(m_plan.total));
  m_terminal.write((m_options.plain ? title : render::styled(m_options.palette.heading, title)) + '\n');

  Session session(m_plan, m_options.keys, m_start);
  bool summarized = false;
  while (true) {
    const TimePoint now = m_clock.now();
    session.update(now);
    handle_events(session);
    if (m_bells.take_due(now) > 0) {
      m_terminal.write("\a");
    }
    if (session.finished() && !summarized) {
      if (!m_options.plain) {
        m_terminal.write(m_screen.clear(m_terminal.width()));
      }
      m_terminal.write(render::format_summary(m_plan, session.summary(now), m_options.palette));
      summarized = true;
    }
    if (session.finished() && (!m_bells.next() || m_signal != 0)) {
      break;
    }
    m_tick.reset();
    if (!session.finished() && !m_options.plain) {
      // Redraw when something changed or the seconds shown tick over.
      if (const auto deadline = session.deadline()) {
        const long long left = millis_between(now, *deadline).count();
        m_tick = *deadline - Duration(((left + 999) / 1000 - 1) * 1000);
      }
      if (m_dirty || render::shown_time_left(session.remaining(now)) != m_shown) {
        draw(session);
      }
    }
    const auto timeout = std::max(Duration{0}, millis_between(now, next_wake(session, now)));
    const term::Input input = m_terminal.wait(timeout);
    switch (input.kind) {
    case term::Input::Kind::key:
      if (!session.finished()) {
        handle_key(session, input.key);
      } else if (input.key.is('q') || input.key.kind == Key::Kind::escape) {
        m_bells = BellSchedule{}; // the summary is out: no need to wait for the last bells
      }
      break;
    case term::Input::Kind::signal:
      handle_signal(session, input.signal);
      break;
    case term::Input::Kind::end:
      m_options.keys = false;
      session.stop_waiting(m_clock.now());
      break;
    case term::Input::Kind::timeout:
      break;
    }
  }
  return RunResult{session.summary(m_clock.now()), m_signal};
}

} // namespace stretch::session
