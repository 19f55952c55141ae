// SPDX-License-Identifier: MIT
// Runs a plan in real time: the loop that joins the session to the clock, the keys, the
// screen and the cues.
#include "run/runner.h"

#include "render/glyphs.h"
#include "render/plain_log.h"
#include "render/session_words.h"
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
using std::chrono::seconds;

// The longest single wait, when nothing is due: keys and signals still wake the loop.
constexpr auto k_idle_wait = std::chrono::minutes(10);

// Milliseconds to wait to reach `wake` from `now`, rounded up: a wait rounded down wakes
// before the moment it waits for.
std::chrono::milliseconds timeout_until(session::TimePoint now, session::TimePoint wake)
{
  return wake <= now ? std::chrono::milliseconds(0) : std::chrono::ceil<std::chrono::milliseconds>(wake - now);
}

} // namespace

Runner::Runner(const plan::Plan& plan, const RunOptions& options, session::Clock& clock, term::Terminal& terminal,
               const Devices& devices)
  : m_plan(plan), m_options(options), m_clock(clock), m_terminal(terminal), m_devices(devices),
    m_cues(plan, CueOptions{options.sound, options.keys, options.bell}, devices.audio, devices.vibrator),
    m_screen(options.rewraps)
{
}

void Runner::notify(std::string_view body)
{
  if (m_devices.notifier != nullptr) {
    m_devices.notifier->notify(fmt::format("stretch: {}", m_plan.about.title), body);
  }
}

Screen Runner::screen_of(const Session& session) const
{
  if (session.stops_at()) {
    return Screen::stopping;
  }
  if (session.waiting()) {
    if (session.step().kind != routine::StepKind::question) {
      return Screen::manual;
    }
    return session.proposed() ? Screen::answered : Screen::question;
  }
  return session.paused() ? Screen::paused : Screen::timed;
}

void Runner::step_started(std::size_t index, TimePoint at)
{
  const plan::PlanStep& step = m_plan.steps[index];
  if (m_options.plain) {
    m_terminal.write(render::plain_step_line(step, elapsed(at), m_options.keys, m_options.unicode));
  }
  m_cues.step_started(index, at, m_clock.now());
  m_show_keys = false;
  if (step.kind == routine::StepKind::question && m_options.keys) {
    notify(render::question_notification(step.text));
  }
}

void Runner::answer_counted(const Event& event)
{
  const plan::PlanStep& question = m_plan.steps[event.step];
  const routine::Answer& answer = event.yes ? question.yes : question.no;
  if (m_options.plain) {
    m_terminal.write(render::plain_answer_line(question, event.yes, elapsed(event.at), m_options.unicode));
  } else {
    // In the status area, so that no pane is too short to keep it in sight.
    m_notice = Notice{render::answer_notice(event.yes, answer.advice), answer.stops, m_clock.now() + k_notice_time};
  }
  m_cues.answer_counted(answer, m_clock.now());
}

void Runner::plain_event(const Event& event)
{
  if (!m_options.plain || event.step >= m_plan.steps.size()) {
    return;
  }
  if (const auto words = render::plain_event_words(event)) {
    m_terminal.write(render::plain_event_line(*words, elapsed(event.at)));
  }
}

void Runner::handle_events(Session& session)
{
  const TimePoint now = m_clock.now();
  for (const Event& event : session.take_events()) {
    plain_event(event);
    switch (event.kind) {
    case Event::Kind::started:
      step_started(event.step, event.at);
      break;
    case Event::Kind::restarted:
      m_cues.step_restarted(event.step, now);
      break;
    case Event::Kind::paused:
    case Event::Kind::stopping:
      m_cues.paused(now);
      break;
    case Event::Kind::hint:
      // "Answer taken back" stays in sight through the rest of the mash that caused it.
      if (!(m_hint && m_hint_taken_back && event.hint == session::Hint::hurried)) {
        m_hint = Notice{render::hint_text(event.hint, event.yes), true, now + k_hint_time};
        m_hint_taken_back = event.hint == session::Hint::canceled;
      }
      break;
    case Event::Kind::resumed:
      m_cues.resumed(event.step, now);
      break;
    case Event::Kind::proposed:
      m_hint.reset(); // the answer the hint asked for has come
      m_cues.answer_proposed(event.yes, now);
      break;
    case Event::Kind::answered:
      answer_counted(event);
      break;
    case Event::Kind::finished: {
      const session::Summary summary = session.summary(event.at);
      m_cues.finished(summary, event.at, now);
      if (m_devices.wake_lock != nullptr) {
        m_devices.wake_lock->release();
      }
      if (summary.outcome == Outcome::done) {
        notify(render::end_notification(summary));
      }
      m_user_quit = summary.outcome == Outcome::stopped; // no need to wait for the last words
      break;
    }
    case Event::Kind::skipped:
    case Event::Kind::taken_back:
    case Event::Kind::done:
    case Event::Kind::stop_undone:
      break;
    }
    m_dirty = true;
  }
}

void Runner::handle_key(Session& session, const term::Key& key)
{
  const TimePoint now = m_clock.now();
  const auto action = action_for(key, screen_of(session));
  session.key(now); // a hurried key takes back an answer not yet counted
  if (!action) {
    m_dirty = true;
    return;
  }
  switch (*action) {
  case Action::quit:
    session.request_stop(now); // asked twice, at once
    break;
  case Action::keys:
    m_show_keys = !m_show_keys;
    break;
  case Action::done:
    session.confirm_key(now);
    break;
  case Action::yes:
  case Action::no:
    session.answer_key(*action == Action::yes, now);
    break;
  case Action::take_back:
    session.take_back(now);
    break;
  case Action::pause:
    session.toggle_pause(now); // also goes on after `q`
    break;
  case Action::next:
  case Action::again:
    m_cues.silence(); // the user moved on
    *action == Action::next ? session.skip(now) : session.restart(now);
    break;
  }
  m_dirty = true;
}

void Runner::tell(const std::string& line, const Session& session, TimePoint now)
{
  if (m_output_gone) {
    return;
  }
  if (m_options.plain) {
    m_terminal.write(render::plain_event_line(line, elapsed(now)));
  } else if (session.finished()) {
    m_terminal.write(render::styled(m_options.palette.warning, util::terminal_safe(line)) + '\n');
  } else {
    m_device_notices.push_back(Notice{line, true, now + k_notice_time});
    m_dirty = true;
  }
}

void Runner::poll_devices(const Session& session, TimePoint now)
{
  const auto each = [&](cue::Device* device, render::DeviceRole role) {
    if (device == nullptr) {
      return;
    }
    device->poll(now);
    while (const auto problem = device->take_problem()) {
      tell(render::device_notice(*problem, role, m_options.bell), session, now);
    }
  };
  if (m_devices.audio != nullptr) {
    each(m_devices.audio->player(), render::DeviceRole::player);
    each(m_devices.audio->speech(), render::DeviceRole::voice);
  }
  each(m_devices.vibrator, render::DeviceRole::vibrator);
  each(m_devices.wake_lock, render::DeviceRole::wake_lock);
  each(m_devices.notifier, render::DeviceRole::notifier);
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
    if (m_devices.wake_lock != nullptr) {
      m_devices.wake_lock->release();
    }
    m_terminal.suspend();
    if (m_devices.wake_lock != nullptr) {
      m_devices.wake_lock->acquire();
    }
    break;
  case SIGCHLD: // a speech program or a player ended: the loop lets the cues know
  case SIGCONT:
  case SIGWINCH:
    break;
  default: // SIGINT, SIGTERM, SIGHUP, SIGQUIT
    m_cues.silence();
    if (!session.finished()) {
      m_signal = signal;
      session.stop(Outcome::interrupted, now);
    }
    m_voice_until = now; // over: nothing more to wait for
    break;
  }
  m_dirty = true;
}

void Runner::output_gone(Session& session)
{
  const TimePoint now = m_clock.now();
  m_output_gone = true;
  m_cues.silence();
  if (!session.finished()) {
    m_signal = SIGPIPE; // as a program that writes to a closed pipe ends
    session.stop(Outcome::interrupted, now);
  }
  m_voice_until = now;
}

void Runner::hold_for_voice(Session& session, TimePoint now)
{
  if (session.finished()) {
    return;
  }
  const bool speaking = m_cues.lead_in_speaking();
  if (session.held()) {
    if (!speaking) {
      session.release(now);
      m_dirty = true;
    }
    return;
  }
  if (speaking && routine::is_lead_in(session.step().kind)) {
    if (const auto deadline = session.deadline(); deadline && *deadline <= now) {
      session.hold(*deadline); // the lead-in lasts until its cue is said
      m_dirty = true;
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
  view.stopping = session.stops_at().has_value();
  view.remaining = view.stopping ? std::max(std::chrono::nanoseconds{0}, *session.stops_at() - now)
                                 : session.remaining(now);
  m_shown = render::shown_time_left(view.remaining);
  view.total_left = session.total_left(now);
  view.paused = session.paused();
  view.waiting = session.waiting();
  view.held = session.held();
  view.proposed = session.proposed();
  view.keys = m_options.keys;
  view.show_keys = m_show_keys;
  view.prompt = wait_prompt;
  view.key_help = help;
  if (m_notice && now < m_notice->until) {
    view.notice = m_notice->text;
    view.notice_warning = m_notice->warning;
  }
  if (m_hint && now < m_hint->until) {
    view.hint = m_hint->text;
  }
  std::string device_notices; // a line each
  for (const Notice& notice : m_device_notices) {
    device_notices += (device_notices.empty() ? "" : "\n") + notice.text;
  }
  view.device_notice = device_notices;
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
  if (m_output_gone) {
    m_summarized = true;
    return;
  }
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
    m_voice_until = now + k_voice_grace + m_cues.time_to_finish();
  }
}

bool Runner::done_waiting(TimePoint now) const
{
  return m_signal != 0 || m_user_quit || !m_cues.busy() || now >= *m_voice_until;
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
    for (const auto* notice : {&m_notice, &m_hint}) {
      if (*notice && (*notice)->until > now && !m_options.plain) {
        earliest((*notice)->until);
      }
    }
    for (const Notice& notice : m_device_notices) {
      earliest(notice.until);
    }
  } else {
    earliest(m_voice_until);
  }
  earliest(m_cues.next_wake(session.finished() ? std::nullopt : session.deadline(), now));
  for (const cue::Device* device : {static_cast<const cue::Device*>(m_devices.vibrator),
                                    static_cast<const cue::Device*>(m_devices.wake_lock),
                                    static_cast<const cue::Device*>(m_devices.notifier)}) {
    if (device != nullptr) {
      earliest(device->next_poll()); // the audio queue wakes for its own
    }
  }
  return wake;
}

RunResult Runner::run()
{
  m_start = m_clock.now();
  const std::string title = render::for_locale(
    fmt::format("{} ({})", util::terminal_safe(m_plan.about.title), routine::format_duration(m_plan.total)), m_options.unicode);
  if (m_options.plain) {
    m_terminal.write(title + '\n');
  } else {
    // Wrapped at words: a title cut at the last column by the terminal reads badly.
    std::string lines;
    for (const std::string& line : util::wrap_to_width(title, util::usable_width(m_terminal.size().columns), 4)) {
      lines += render::styled(m_options.palette.heading, line) + '\n';
    }
    m_terminal.write(lines);
  }
  if (m_devices.wake_lock != nullptr) {
    m_devices.wake_lock->acquire();
  }

  Session session(m_plan, m_options.keys, m_start);
  while (true) {
    const TimePoint now = m_clock.now();
    m_cues.listen(now);
    poll_devices(session, now);
    hold_for_voice(session, now);
    session.update(now);
    handle_events(session);
    m_cues.count_down(session.finished() ? std::nullopt : session.deadline(), now);
    if (m_cues.take_bells(now) > 0) {
      m_terminal.write("\a");
    }
    if (session.finished() && !m_summarized) {
      finish(session, now);
    }
    if (session.finished() && done_waiting(now)) {
      break;
    }
    if (!session.finished() && !m_options.plain && !m_output_gone) {
      bool notice_ended = false;
      for (auto* notice : {&m_notice, &m_hint}) {
        if (*notice && now >= (*notice)->until) {
          notice->reset();
          notice_ended = true;
        }
      }
      notice_ended |= std::erase_if(m_device_notices, [&](const Notice& notice) { return now >= notice.until; }) > 0;
      if (m_dirty || notice_ended || render::shown_time_left(session.remaining(now)) != m_shown) {
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
        m_cues.silence();
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
    case term::Input::Kind::gone:
      output_gone(session);
      break;
    case term::Input::Kind::timeout:
      break;
    }
  }
  m_cues.silence(); // whatever is left after the grace period
  return RunResult{session.summary(m_clock.now()), m_signal};
}

} // namespace stretch::run
