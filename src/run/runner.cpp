// Runs a plan in real time: the loop that joins the session to the clock, the keys, the
// screen, the bell and the voice.
#include "run/runner.h"

#include "cue/utterance.h"
#include "render/glyphs.h"
#include "render/plain_log.h"
#include "render/status.h"
#include "render/step_text.h"
#include "render/summary.h"
#include "term/osc.h"
#include "util/terminal_text.h"
#include "util/wrap.h"

#include <csignal>
#include <fmt/format.h>

namespace stretch::run {
namespace {

using session::Event;
using session::Outcome;
using session::Session;
using std::chrono::nanoseconds;
using std::chrono::seconds;

// The longest single wait, when nothing is due: keys and signals still wake the loop.
constexpr auto k_idle_wait = std::chrono::minutes(10);

// A second of the countdown marked this late is left out: it would only confuse.
constexpr auto k_countdown_late = std::chrono::milliseconds(500);

// A countdown number that cannot be said this soon after its second is dropped.
constexpr auto k_countdown_start_by = std::chrono::milliseconds(400);

bool is_lead_in(routine::StepKind kind)
{
  return kind == routine::StepKind::ready || kind == routine::StepKind::switch_sides;
}

// The first second of `step`'s countdown (3), or 0 when it has none.
int countdown_of(const plan::PlanStep& step)
{
  return routine::is_hold(step.kind) && step.duration >= k_countdown_from ? 3 : 0;
}

// Milliseconds to wait to reach `wake` from `now`, rounded up: a wait rounded down wakes
// before the moment it waits for.
std::chrono::milliseconds timeout_until(session::TimePoint now, session::TimePoint wake)
{
  return wake <= now ? std::chrono::milliseconds(0) : std::chrono::ceil<std::chrono::milliseconds>(wake - now);
}

} // namespace

Runner::Runner(const plan::Plan& plan, const RunOptions& options, session::Clock& clock, term::Terminal& terminal,
               cue::Voice* voice, cue::Notifier* notifier)
  : m_plan(plan), m_options(options), m_clock(clock), m_terminal(terminal), m_voice(voice), m_notifier(notifier)
{
}

void Runner::notify(std::string_view body)
{
  if (m_notifier != nullptr) {
    m_notifier->notify(fmt::format("stretch: {}", m_plan.title), body);
  }
}

void Runner::print_above(std::string_view text)
{
  if (m_options.plain) {
    m_terminal.write(text);
  } else {
    m_terminal.write(m_screen.print_above(text, m_terminal.size().columns));
    m_dirty = true;
  }
}

Screen Runner::screen_of(const Session& session) const
{
  if (session.waiting()) {
    return session.step().kind == routine::StepKind::question ? Screen::question : Screen::manual;
  }
  return session.paused() ? Screen::paused : Screen::timed;
}

void Runner::step_started(std::size_t index, TimePoint at)
{
  const plan::PlanStep& step = m_plan.steps[index];
  if (m_options.plain) {
    m_terminal.write(render::plain_step_line(step, elapsed(at), m_options.keys, m_options.unicode));
  }
  const bool switching = step.new_side || step.kind == routine::StepKind::switch_sides;
  if (m_options.bell) {
    m_bells.ring(at, switching ? k_bells_switch_sides : k_bells_step);
  }
  m_count_next = countdown_of(step);
  m_lead_in_cue.reset();
  m_show_keys = false;
  if (step.kind == routine::StepKind::question && m_options.keys) {
    notify("A question waits: " + step.text);
  }
  if (m_voice != nullptr) {
    // A lead-in lasts until its cue is said; other cues are dropped when they could not
    // start before their step ends, and said in order otherwise.
    const std::string words = cue::utterance(step, m_options.keys);
    if (is_lead_in(step.kind)) {
      m_lead_in_cue = m_voice->say(words, m_clock.now());
    } else if (step.waits()) {
      m_voice->say(words, m_clock.now());
    } else {
      m_voice->say(words, m_clock.now(), at + nanoseconds(step.duration));
    }
  }
}

void Runner::handle_events(Session& session)
{
  for (const Event& event : session.take_events()) {
    const bool real_step = event.step < m_plan.steps.size();
    switch (event.kind) {
    case Event::Kind::started:
      step_started(event.step, event.at);
      break;
    case Event::Kind::restarted:
      m_count_next = countdown_of(m_plan.steps[event.step]);
      if (m_voice != nullptr) {
        m_voice->say(cue::utterance(m_plan.steps[event.step], m_options.keys), m_clock.now());
      }
      [[fallthrough]];
    case Event::Kind::skipped:
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
    case Event::Kind::answered: {
      const plan::PlanStep& question = m_plan.steps[event.step];
      const routine::Answer& answer = event.yes ? question.yes : question.no;
      if (m_options.plain) {
        m_terminal.write(render::plain_answer_line(question, event.yes, elapsed(event.at), m_options.unicode));
      } else {
        const std::string text = render::for_locale(
          util::terminal_safe(fmt::format("{} {}", event.yes ? "Yes:" : "No:", answer.advice)), m_options.unicode);
        const fmt::text_style& style = answer.stops ? m_options.palette.warning : m_options.palette.good;
        std::string lines;
        for (const std::string& line : util::wrap_to_width(text, m_terminal.size().columns - 1, 20,
                                                           render::Glyphs::of(m_options.unicode).ellipsis)) {
          lines += render::styled(style, line) + '\n';
        }
        print_above(lines);
      }
      if (m_voice != nullptr) {
        m_voice->say(answer.advice, m_clock.now()); // said to its end, even as the routine ends
      }
      break;
    }
    case Event::Kind::done:
      break;
    case Event::Kind::finished: {
      const session::Summary summary = session.summary(event.at);
      if (summary.outcome == Outcome::done && m_options.bell) {
        m_bells.ring(event.at, k_bells_done);
      }
      if (m_voice != nullptr && summary.outcome != Outcome::done) {
        m_voice->interrupt(); // stopped or interrupted: silence at once
      } else if (m_voice != nullptr && !summary.ended_by_answer) {
        m_voice->say("Done. Well stretched.", m_clock.now());
      }
      if (summary.outcome == Outcome::done) {
        notify(fmt::format("Done: {} of {} holds.", summary.holds_done, summary.holds_planned));
      }
      break;
    }
    }
    m_dirty = true;
  }
}

void Runner::handle_key(Session& session, const term::Key& key)
{
  const TimePoint now = m_clock.now();
  const auto action = action_for(key, screen_of(session));
  if (!action) {
    return;
  }
  switch (*action) {
  case Action::quit:
    m_user_quit = true;
    session.stop(Outcome::stopped, now);
    break;
  case Action::keys:
    m_show_keys = !m_show_keys;
    break;
  case Action::done:
    session.confirm(now);
    break;
  case Action::yes:
  case Action::no:
    // Only a deliberate key on the question's own screen answers it.
    if (now - session.step_started() >= k_answer_guard) {
      session.answer(*action == Action::yes, now);
    }
    break;
  case Action::pause:
    session.toggle_pause(now);
    break;
  case Action::next:
  case Action::again:
    if (m_voice != nullptr) {
      m_voice->interrupt(); // the one time the voice is cut short: the user moved on
    }
    *action == Action::next ? session.skip(now) : session.restart(now);
    break;
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
      m_terminal.write(m_screen.clear(m_terminal.size().columns));
    }
    m_terminal.suspend();
    break;
  case SIGCHLD: // a speech program ended: the loop lets the voice know
  case SIGCONT:
  case SIGWINCH:
    break;
  default: // SIGINT, SIGTERM, SIGHUP, SIGQUIT
    m_bells = BellSchedule{};
    if (m_voice != nullptr) {
      m_voice->interrupt();
    }
    if (!session.finished()) {
      m_signal = signal;
      session.stop(Outcome::interrupted, now);
    }
    m_voice_until = now; // over: nothing more to wait for
    break;
  }
  m_dirty = true;
}

void Runner::hold_for_voice(Session& session, TimePoint now)
{
  if (m_voice == nullptr || session.finished()) {
    return;
  }
  const bool speaking = m_lead_in_cue && m_voice->pending(*m_lead_in_cue);
  if (session.held()) {
    if (!speaking) {
      session.release(now);
      m_dirty = true;
    }
    return;
  }
  if (speaking && is_lead_in(session.step().kind)) {
    if (const auto deadline = session.deadline(); deadline && *deadline <= now) {
      session.hold(*deadline); // the lead-in lasts until its cue is said
      m_dirty = true;
    }
  }
}

void Runner::count_down(const Session& session, TimePoint now)
{
  const auto deadline = session.deadline();
  while (m_count_next > 0 && deadline && now >= *deadline - seconds(m_count_next)) {
    const int number = m_count_next--;
    const TimePoint due = *deadline - seconds(number);
    if (now - due > k_countdown_late) {
      continue;
    }
    if (m_voice != nullptr) {
      m_voice->say(std::to_string(number), now, due + k_countdown_start_by);
    } else if (m_options.bell) {
      m_bells.ring(now, k_bells_countdown);
    }
  }
}

void Runner::draw(const Session& session, TimePoint now)
{
  const Screen screen = screen_of(session);
  const std::string help = key_help(screen, m_options.unicode);
  const std::string wait_prompt = prompt(screen, m_options.unicode);
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
  view.prompt = wait_prompt;
  view.key_help = help;
  const term::WindowSize size = m_terminal.size();
  const render::StatusStyle style{&m_options.palette, size.columns, size.rows, m_options.big, m_options.unicode};
  m_terminal.write(m_screen.draw(render::status_lines(view, style), size.columns));
  show_outside(session, now);
  m_dirty = false;
}

void Runner::show_outside(const Session& session, TimePoint now)
{
  std::string out; // one write for both: a reader sees them together
  const auto send = [&](std::string sequence, std::string& last) {
    if (sequence != last) {
      out += sequence;
      last = std::move(sequence);
    }
  };
  if (m_options.title) {
    // What to do and how long, for a runner who looks at another window or tab.
    const plan::PlanStep& step = session.step();
    const std::string time = render::shown_time_left(session.remaining(now));
    const std::string what = session.waiting()  ? render::phase_word(step)
                             : session.paused() ? fmt::format("PAUSED {}", time)
                                                : fmt::format("{} {}", time, render::phase_word(step));
    const std::string text = fmt::format("{}{}{} - stretch", what, step.side.empty() ? "" : " ", render::side_upper(step));
    send(term::window_title(render::for_locale(text, m_options.unicode)), m_title);
  }
  if (m_options.progress) {
    const double total = static_cast<double>(std::chrono::nanoseconds(m_plan.total).count());
    const double left = static_cast<double>(session.total_left(now).count());
    const int percent = total > 0 ? static_cast<int>(100.0 * (1.0 - left / total)) : 0;
    std::string sequence = term::progress_bar_sequence(
      session.paused() ? term::ProgressState::paused : term::ProgressState::normal, percent, m_options.tmux);
    if (!m_progress_sent || now - *m_progress_sent >= k_progress_refresh) {
      m_progress.clear(); // sent again, even unchanged
    }
    if (sequence != m_progress) {
      m_progress_sent = now;
    }
    send(std::move(sequence), m_progress);
  }
  if (!out.empty()) {
    m_terminal.write(out);
  }
}

void Runner::finish(const Session& session, TimePoint now)
{
  if (!m_options.plain) {
    m_terminal.write(m_screen.clear(m_terminal.size().columns));
  }
  if (m_options.progress) {
    m_terminal.write(term::progress_bar_sequence(term::ProgressState::clear, 0, m_options.tmux));
    m_options.progress = false;
  }
  const std::size_t width = m_options.plain ? 0 : m_terminal.size().columns;
  m_terminal.write(
    render::format_summary(m_plan, session.summary(now), {&m_options.palette, width, m_options.unicode}));
  m_summarized = true;
  if (!m_voice_until) {
    m_voice_until = now + k_voice_grace + (m_voice != nullptr ? m_voice->time_to_finish() : session::Duration{0});
  }
}

bool Runner::done_waiting(TimePoint now) const
{
  const bool bells_done = !m_bells.next().has_value();
  const bool voice_done = m_voice == nullptr || !m_voice->busy() || m_user_quit || now >= *m_voice_until;
  return m_signal != 0 || (bells_done && voice_done);
}

std::optional<session::TimePoint> Runner::next_tick(const Session& session, TimePoint now) const
{
  // The moment the seconds shown change: when the time left reaches the next whole second.
  const auto deadline = session.deadline();
  if (!deadline || m_options.plain) {
    return std::nullopt;
  }
  const long long shown = routine::ceil_seconds(*deadline - now).count();
  return shown > 0 ? std::optional(*deadline - seconds(shown - 1)) : std::nullopt;
}

session::TimePoint Runner::next_wake(const Session& session, TimePoint now) const
{
  TimePoint wake = now + k_idle_wait;
  const auto earliest = [&](std::optional<TimePoint> t) {
    if (t) {
      wake = std::min(wake, *t);
    }
  };
  if (!session.finished()) {
    earliest(session.deadline());
    earliest(next_tick(session, now));
    if (m_options.progress && m_progress_sent) {
      earliest(*m_progress_sent + k_progress_refresh);
    }
    if (const auto deadline = session.deadline(); deadline && m_count_next > 0) {
      earliest(*deadline - seconds(m_count_next));
    }
  } else {
    earliest(m_voice_until);
  }
  earliest(m_bells.next());
  if (m_voice != nullptr) {
    earliest(m_voice->next_update(now));
  }
  return wake;
}

RunResult Runner::run()
{
  m_start = m_clock.now();
  const std::string title = render::for_locale(
    fmt::format("{} ({})", util::terminal_safe(m_plan.title), routine::format_duration(m_plan.total)), m_options.unicode);
  m_terminal.write((m_options.plain ? title : render::styled(m_options.palette.heading, title)) + '\n');

  Session session(m_plan, m_options.keys, m_start);
  while (true) {
    const TimePoint now = m_clock.now();
    if (m_voice != nullptr) {
      m_voice->update(now);
    }
    hold_for_voice(session, now);
    session.update(now);
    handle_events(session);
    count_down(session, now);
    if (m_bells.take_due(now) > 0) {
      m_terminal.write("\a");
    }
    if (session.finished() && !m_summarized) {
      finish(session, now);
    }
    if (session.finished() && done_waiting(now)) {
      break;
    }
    if (!session.finished() && !m_options.plain) {
      if (m_dirty || render::shown_time_left(session.remaining(now)) != m_shown) {
        draw(session, now);
      } else {
        show_outside(session, now); // the progress bar, resent now and then
      }
    }
    const term::Input input = m_terminal.wait(timeout_until(now, next_wake(session, now)));
    switch (input.kind) {
    case term::Input::Kind::key:
      if (!session.finished()) {
        handle_key(session, input.key);
      } else if (action_for(input.key, Screen::timed) == Action::quit) {
        // The summary is out: no need to wait for the last bells and words.
        m_bells = BellSchedule{};
        m_user_quit = true;
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
  if (m_voice != nullptr) {
    m_voice->interrupt(); // whatever is left after the grace period
  }
  return RunResult{session.summary(m_clock.now()), m_signal};
}

} // namespace stretch::run
