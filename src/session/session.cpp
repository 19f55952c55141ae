// SPDX-License-Identifier: MIT
// A running session: which step is current, when it ends, pauses, skips and answers.
#include "session/session.h"

#include <algorithm>

namespace stretch::session {

using std::chrono::nanoseconds;

Session::Session(const plan::Plan& plan, bool interactive, TimePoint start)
  : m_plan(plan), m_interactive(interactive), m_start(start)
{
  m_summary.holds_planned = plan.holds();
  push(Event::Kind::began, start);
  start_step(0, start);
}

void Session::start_step(std::size_t index, TimePoint at)
{
  if (m_pause_since) {
    // A step reached while paused starts paused, with all its time: the pause so far is
    // counted, and goes on from here.
    m_paused_total += at - *m_pause_since;
    m_pause_since = at;
  }
  m_hold_since.reset();
  m_proposal.reset();
  m_index = index;
  m_step_start = at;
  m_step_paused = nanoseconds{0};
  m_help = false;
  if (m_index >= m_plan.steps.size()) {
    finish(Outcome::done, at);
    return;
  }
  if (step().kind == routine::StepKind::question) {
    m_summary.answers.push_back({m_index, std::string(step().text), std::nullopt});
  }
  push(Event::Kind::started, at);
}

void Session::end_step(Event::Kind how, TimePoint at)
{
  const bool hold = routine::is_hold(step().kind);
  if (hold && how == Event::Kind::done) {
    ++m_summary.holds_done;
  } else if (hold && how == Event::Kind::skipped) {
    ++m_summary.holds_skipped;
  }
  if (how == Event::Kind::done && !routine::is_lead_in(step().kind)) {
    ++m_summary.steps_done;
  }
  push(how, at);
  start_step(m_index + 1, at);
}

void Session::finish(Outcome outcome, TimePoint at)
{
  m_stop_at.reset();
  if (m_pause_since) {
    m_paused_total += at - *m_pause_since;
    m_pause_since.reset();
  }
  m_hold_since.reset();
  m_proposal.reset(); // an answer that has not counted is not logged
  m_notices.clear();  // the summary says what matters
  m_summary.outcome = outcome;
  m_finished_at = at;
  push(Event::Kind::finished, at);
}

bool Session::waiting() const
{
  return !finished() && m_interactive && step().waits();
}

std::optional<TimePoint> Session::deadline() const
{
  if (m_stop_at && !finished()) {
    return m_stop_at;
  }
  if (finished() || paused()) {
    return std::nullopt;
  }
  if (m_proposal) {
    return m_proposal->counts_at;
  }
  if (held() || waiting()) {
    return std::nullopt;
  }
  return m_step_start + m_step_paused + nanoseconds(step().duration);
}

void Session::update(TimePoint now)
{
  while (const auto due = deadline()) {
    if (*due > now) {
      break;
    }
    if (m_stop_at) {
      finish(Outcome::stopped, *due);
    } else if (m_proposal) {
      count_answer(*due);
    } else {
      end_step(Event::Kind::done, *due);
    }
  }
  expire_notices(now);
}

void Session::expire_notices(TimePoint now)
{
  if (std::erase_if(m_notices, [&](const Notice& notice) { return notice.until <= now; }) > 0) {
    push(Event::Kind::notice_ended, now);
  }
}

std::optional<TimePoint> Session::next_change() const
{
  std::optional<TimePoint> next = deadline();
  for (const Notice& notice : m_notices) {
    if (!next || notice.until < *next) {
      next = notice.until;
    }
  }
  return next;
}

void Session::push(Event::Kind kind, TimePoint at, bool yes)
{
  m_events.push_back({kind, m_index, at, yes});
}

void Session::end_pause(TimePoint at)
{
  const nanoseconds pause = at - *m_pause_since;
  m_step_paused += pause;
  m_paused_total += pause;
  m_pause_since.reset();
}

void Session::end_hold(TimePoint at)
{
  m_step_paused += std::max(nanoseconds{0}, at - *m_hold_since);
  m_hold_since.reset();
}

void Session::pause(TimePoint now)
{
  if (finished() || paused()) {
    return;
  }
  update(now);
  if (finished()) {
    return;
  }
  if (held()) {
    end_hold(now); // a pause takes over from a hold; the voice may hold it again after
  }
  drop_proposal(now); // the question waits again after the pause
  m_pause_since = now;
  push(Event::Kind::paused, now);
}

void Session::resume(TimePoint now)
{
  if (m_stop_at) {
    undo_stop(now);
    return;
  }
  if (!paused()) {
    return;
  }
  end_pause(now);
  push(Event::Kind::resumed, now);
}

void Session::toggle_pause(TimePoint now)
{
  if (paused()) {
    resume(now);
  } else {
    pause(now);
  }
}

void Session::hold(TimePoint at)
{
  if (!finished() && !paused() && !held() && !waiting()) {
    m_hold_since = at;
  }
}

void Session::release(TimePoint now)
{
  if (held()) {
    end_hold(now);
  }
}

void Session::hold_lead_in(bool needed, TimePoint now)
{
  if (finished()) {
    return;
  }
  if (held()) {
    if (!needed) {
      release(now);
    }
    return;
  }
  if (needed && routine::is_lead_in(step().kind)) {
    if (const auto due = deadline(); due && *due <= now) {
      hold(*due); // the lead-in lasts until its cue is said
    }
  }
}

void Session::toggle_help(TimePoint now)
{
  if (!finished()) {
    m_help = !m_help;
    push(Event::Kind::help, now);
  }
}

void Session::tell(std::string text, TimePoint now)
{
  if (!finished()) {
    m_notices.push_back({Notice::Kind::device, m_index, false, Hint::early, text, now + k_notice_time});
  }
  m_events.push_back({Event::Kind::told, m_index, now, false, Hint::early, std::move(text)});
}

void Session::suspend(TimePoint now)
{
  pause(now);
  push(Event::Kind::suspended, now);
}

void Session::carry_on(TimePoint now)
{
  push(Event::Kind::continued, now);
}

void Session::skip(TimePoint now)
{
  update(now);
  if (!finished()) {
    m_proposal.reset();
    end_step(Event::Kind::skipped, now);
  }
}

void Session::restart(TimePoint now)
{
  update(now);
  if (finished()) {
    return;
  }
  if (m_pause_since) {
    m_paused_total += now - *m_pause_since;
    m_pause_since = now;
  }
  m_hold_since.reset();
  drop_proposal(now);
  m_step_start = now;
  m_step_paused = nanoseconds{0};
  push(Event::Kind::restarted, now);
}

void Session::confirm(TimePoint now)
{
  update(now);
  if (finished()) {
    return;
  }
  if (m_proposal) {
    count_answer(now);
  } else if (step().kind == routine::StepKind::manual) {
    end_step(Event::Kind::done, now);
  }
}

void Session::propose_answer(bool yes, TimePoint now)
{
  update(now);
  if (finished() || paused() || step().kind != routine::StepKind::question) {
    return;
  }
  if (m_proposal && m_proposal->yes == yes) {
    return;
  }
  m_proposal = Proposal{yes, now + k_answer_delay};
  std::erase_if(m_notices, [](const Notice& notice) { return notice.kind == Notice::Kind::hint; });
  push(Event::Kind::proposed, now, yes);
}

void Session::take_back(TimePoint now)
{
  update(now);
  if (!finished()) {
    drop_proposal(now);
  }
}

void Session::key(TimePoint now)
{
  m_key_alone = !m_last_key || now - *m_last_key >= k_answer_quiet;
  m_last_key = now;
  if (!m_key_alone && m_proposal && !finished()) {
    // A hurried key after an answer: it was not deliberate, whatever the key.
    drop_proposal(now);
    add_hint(Hint::canceled, false, now);
  }
}

void Session::answer_key(bool yes, TimePoint now)
{
  update(now);
  if (finished() || paused() || step().kind != routine::StepKind::question) {
    return;
  }
  if (!m_key_alone || now - m_step_start < k_answer_shown) {
    add_hint(now - m_step_start < k_answer_shown ? Hint::early : Hint::hurried, yes, now);
    return;
  }
  propose_answer(yes, now);
}

void Session::add_hint(Hint why, bool yes, TimePoint now)
{
  const auto shown = std::find_if(m_notices.begin(), m_notices.end(),
                                  [](const Notice& notice) { return notice.kind == Notice::Kind::hint; });
  if (shown != m_notices.end() && shown->hint == Hint::canceled && why == Hint::hurried) {
    return; // "answer taken back" stays in sight through the rest of the mash that caused it
  }
  if (shown != m_notices.end() && shown->hint == why && shown->yes == yes) {
    shown->until = now + k_hint_time; // the same hint again: kept in sight, said once
    return;
  }
  if (shown != m_notices.end()) {
    m_notices.erase(shown);
  }
  m_notices.push_back({Notice::Kind::hint, m_index, yes, why, {}, now + k_hint_time});
  m_events.push_back({Event::Kind::hint, m_index, now, yes, why});
}

void Session::confirm_key(TimePoint now)
{
  update(now);
  if (finished() || (m_proposal && !m_key_alone)) {
    return;
  }
  confirm(now);
}

void Session::request_stop(TimePoint now)
{
  update(now);
  if (finished()) {
    push(Event::Kind::hushed, now);
    return;
  }
  if (m_stop_at) {
    finish(Outcome::stopped, now); // asked twice: now
    return;
  }
  m_paused_before_stop = paused();
  pause(now);
  if (!finished()) {
    m_stop_at = now + k_stop_grace;
    push(Event::Kind::stopping, now);
  }
}

void Session::undo_stop(TimePoint now)
{
  if (!m_stop_at || finished()) {
    return;
  }
  m_stop_at.reset();
  push(Event::Kind::stop_undone, now);
  if (!m_paused_before_stop) {
    resume(now);
  }
}

std::optional<bool> Session::proposed() const
{
  return m_proposal ? std::optional(m_proposal->yes) : std::nullopt;
}

void Session::drop_proposal(TimePoint at)
{
  if (m_proposal) {
    m_proposal.reset();
    push(Event::Kind::taken_back, at);
  }
}

void Session::count_answer(TimePoint at)
{
  const bool yes = m_proposal->yes;
  m_proposal.reset();
  m_summary.answers.back().reply = yes;
  m_notices.push_back({Notice::Kind::advice, m_index, yes, Hint::early, {}, at + k_notice_time});
  push(Event::Kind::answered, at, yes);
  if ((yes ? step().yes : step().no).stops) {
    ++m_summary.steps_done; // answered: done, though nothing comes after it
    m_summary.ended_by_answer = true;
    finish(Outcome::done, at);
    return;
  }
  end_step(Event::Kind::done, at);
}

void Session::stop(Outcome outcome, TimePoint now)
{
  if (!finished()) {
    finish(outcome, now);
  }
}

void Session::interrupt(TimePoint now)
{
  if (finished()) {
    push(Event::Kind::hushed, now);
  } else {
    finish(Outcome::interrupted, now);
  }
}

void Session::stop_waiting(TimePoint now)
{
  if (waiting()) {
    m_step_start = now;
    m_step_paused = nanoseconds{0};
  }
  if (m_interactive) {
    m_interactive = false;
    push(Event::Kind::unattended, now);
  }
}

nanoseconds Session::elapsed_in_step(TimePoint now) const
{
  TimePoint until = now;
  for (const auto& frozen : {m_pause_since, m_hold_since}) {
    if (frozen) {
      until = std::min(until, *frozen);
    }
  }
  return std::max(nanoseconds{0}, until - m_step_start - m_step_paused);
}

nanoseconds Session::remaining(TimePoint now) const
{
  if (finished()) {
    return nanoseconds{0};
  }
  if (m_proposal) {
    return std::max(nanoseconds{0}, m_proposal->counts_at - now);
  }
  if (waiting()) {
    return step().duration;
  }
  return std::max(nanoseconds{0}, nanoseconds(step().duration) - elapsed_in_step(now));
}

nanoseconds Session::total_left(TimePoint now) const
{
  if (finished()) {
    return nanoseconds{0};
  }
  // A waiting step counts at its whole duration, also while an answer shows.
  nanoseconds left = waiting() ? nanoseconds(step().duration) : remaining(now);
  for (std::size_t i = m_index + 1; i < m_plan.steps.size(); ++i) {
    left += m_plan.steps[i].duration;
  }
  return left;
}

Summary Session::summary(TimePoint now) const
{
  Summary summary = m_summary;
  const TimePoint end = m_finished_at.value_or(now);
  summary.elapsed = util::millis_between(m_start, end);
  const nanoseconds paused = m_paused_total + (m_pause_since ? end - *m_pause_since : nanoseconds{0});
  summary.paused = std::chrono::duration_cast<Duration>(paused);
  return summary;
}

std::vector<Event> Session::take_events()
{
  std::vector<Event> events;
  events.swap(m_events);
  return events;
}

} // namespace stretch::session
