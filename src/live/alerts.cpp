// SPDX-License-Identifier: MIT
// What a runner hears and feels during a session.
#include "live/alerts.h"

#include "device/utterance.h"
#include "i18n/catalog.h"

#include <algorithm>
#include <fmt/format.h>

namespace stretch::live {
namespace {

using device::Tone;
using util::TimePoint;
using std::chrono::milliseconds;
using std::chrono::nanoseconds;
using std::chrono::seconds;

// A countdown second noticed this late is left out: it would only confuse.
constexpr auto k_countdown_late = milliseconds(500);

// A number that cannot be said this soon after its second is dropped; a pip, sooner.
constexpr auto k_number_start_by = milliseconds(400);
constexpr auto k_pip_start_by = milliseconds(250);

// A tone that marks a change sounds at once or not at all.
constexpr auto k_tone_start_by = milliseconds(500);

// Spoken words must end this long before their step does.
constexpr auto k_speech_margin = milliseconds(300);

Tone tone_for(const plan::PlanStep& step, bool switching)
{
  if (switching) {
    return Tone::switch_sides;
  }
  if (step.waits()) {
    return Tone::attention;
  }
  return routine::is_hold(step.kind) ? Tone::hold : Tone::relax;
}

// What makes two steps of a plan the same cue: the reps and sides of one step of an exercise.
std::string identity(const plan::PlanStep& step)
{
  return fmt::format("{}\x1f{}\x1f{}\x1f{}", step.exercise_index, static_cast<int>(step.kind), step.label, step.text);
}

} // namespace

Alerts::Alerts(const plan::Plan& plan, const Options& options, device::AudioQueue* audio, device::Vibrator* vibrator,
               term::Terminal& terminal)
  : m_plan(plan), m_options(options), m_audio(audio), m_vibrator(vibrator), m_terminal(terminal)
{
}

void Alerts::on_event(const session::Event& event, const session::Session& session, TimePoint now)
{
  using Kind = session::Event::Kind;
  switch (event.kind) {
  case Kind::started:
    step_started(event.step, event.at, now);
    break;
  case Kind::restarted:
    silence(); // the user moved on
    step_restarted(event.step, now);
    break;
  case Kind::paused:
  case Kind::stopping:
    paused(now);
    break;
  case Kind::resumed:
    resumed(event.step, now);
    break;
  case Kind::proposed:
    answer_proposed(event.yes, now);
    break;
  case Kind::answered: {
    const plan::PlanStep& question = m_plan.steps[event.step];
    answer_counted(event.yes ? question.yes : question.no, now);
    break;
  }
  case Kind::skipped:
    silence(); // the user moved on
    break;
  case Kind::hushed: // `q` after the end: no need to wait for the last words
    silence();
    m_end_by = now;
    break;
  case Kind::finished:
    finished(session.summary(event.at), event.at, now);
    break;
  case Kind::unattended:
    m_options.keys = false;
    break;
  default:
    break;
  }
}

void Alerts::on_wake(const session::Session& session, TimePoint now)
{
  const auto deadline = session.finished() ? std::nullopt : session.deadline();
  while (m_count_next > 0 && deadline && now >= *deadline - seconds(m_count_next)) {
    const int number = m_count_next--;
    const TimePoint due = *deadline - seconds(number);
    if (now - due <= k_countdown_late) {
      count(number, due, now);
    }
  }
  if (m_bells.take_due(now) > 0) {
    m_terminal.write("\a");
  }
}

Sound Alerts::sound() const
{
  if (m_options.sound != Sound::tones || (m_audio != nullptr && m_audio->plays())) {
    return m_options.sound;
  }
  return m_options.bell ? Sound::bell : Sound::off; // the player was given up
}

void Alerts::buzz(util::Duration length)
{
  if (m_vibrator != nullptr) {
    m_vibrator->buzz(length);
  }
}

void Alerts::step_started(std::size_t index, TimePoint at, TimePoint now)
{
  const plan::PlanStep& step = m_plan.steps[index];
  const bool switching = step.new_side || step.kind == routine::StepKind::switch_sides;
  m_count_next = routine::is_hold(step.kind) && step.duration >= k_countdown_from ? 3 : 0;
  m_lead_in_cue.reset();
  if (m_audio != nullptr) {
    m_audio->cut(); // the last step's words never run into this one
  }
  // The words start once the tone has sounded.
  TimePoint words_from = now;
  if (sound() == Sound::bell) {
    m_bells.ring(at, switching ? k_bells_switch_sides : k_bells_step);
  } else if (tones()) {
    const device::Tone tone = tone_for(step, switching);
    m_audio->play(tone, now, at + k_tone_start_by);
    words_from += device::tone_length(tone);
  }
  buzz(device::k_buzz_long);
  if (speaks()) {
    say_step(step, at, now, words_from);
  }
}

void Alerts::say_step(const plan::PlanStep& step, TimePoint at, TimePoint now, TimePoint words_from)
{
  const std::string full = device::utterance(step, m_options.keys);
  if (routine::is_lead_in(step.kind)) {
    m_lead_in_cue = m_audio->say(full, now); // the lead-in lasts until it is said
    return;
  }
  if (step.waits()) {
    m_audio->say(full, now);
    return;
  }
  // A timed step: words that end before it does, the whole cue only the first time.
  const TimePoint end = at + nanoseconds(step.duration);
  const auto fits = [&](const std::string& words) {
    return words_from + device::speaking_time(words) + k_speech_margin <= end;
  };
  const std::string key = identity(step);
  std::string words;
  if (!m_said_in_full.contains(key) && fits(full)) {
    words = full;
    m_said_in_full.insert(key);
  } else if (const std::string brief = device::short_utterance(step); fits(brief)) {
    words = brief;
  } else {
    words = device::short_utterance(step, true);
  }
  m_audio->say(words, now, end - device::speaking_time(words));
}

void Alerts::step_restarted(std::size_t index, TimePoint now)
{
  const plan::PlanStep& step = m_plan.steps[index];
  m_count_next = routine::is_hold(step.kind) && step.duration >= k_countdown_from ? 3 : 0;
  if (speaks()) {
    m_audio->say(device::short_utterance(step), now);
  }
}

void Alerts::answer_proposed(bool yes, TimePoint now)
{
  if (speaks()) {
    m_audio->cut();
    m_audio->say(yes ? i18n::tr("Yes.") : i18n::tr("No."), now);
  }
}

void Alerts::answer_counted(const routine::Answer& answer, TimePoint now)
{
  if (speaks()) {
    m_audio->say(std::string(answer.advice), now, std::nullopt, true); // said to its end, even as the routine ends
  }
}

void Alerts::paused(TimePoint now)
{
  if (m_audio != nullptr) {
    m_audio->interrupt();
  }
  if (speaks()) {
    m_audio->say(i18n::tr("Paused."), now);
  } else if (tones()) {
    m_audio->play(Tone::pause, now);
  } else if (sound() == Sound::bell) {
    m_bells.ring(now, k_bells_step);
  }
}

void Alerts::resumed(std::size_t index, TimePoint now)
{
  if (speaks()) {
    m_audio->say(device::short_utterance(m_plan.steps[index], true), now);
  }
}

void Alerts::silence()
{
  m_bells = BellSchedule{};
  if (m_audio != nullptr) {
    m_audio->interrupt();
  }
}

void Alerts::finished(const session::Summary& summary, TimePoint at, TimePoint now)
{
  if (summary.outcome != session::Outcome::done) {
    silence(); // stopped or interrupted: nothing more to say
    m_end_by = now;
    return;
  }
  if (m_audio != nullptr) {
    m_audio->cut(); // the last step's words end with it; an answer's advice is kept
  }
  if (sound() == Sound::bell) {
    m_bells.ring(at, k_bells_done);
  } else if (tones()) {
    m_audio->play(Tone::end, now);
  }
  buzz(device::k_buzz_long);
  if (speaks() && !summary.ended_by_answer) {
    m_audio->say(i18n::tr("Done. Well stretched."), now, std::nullopt, true);

  }
  m_end_by = now + k_voice_grace + (m_audio != nullptr ? m_audio->time_to_finish() : util::Duration{0});
}

void Alerts::count(int number, TimePoint due, TimePoint now)
{
  if (speaks()) {
    m_audio->say(std::to_string(number), now, due + k_number_start_by);
  } else if (tones()) {
    m_audio->play(Tone::pip, now, due + k_pip_start_by);
  } else if (sound() == Sound::bell) {
    m_bells.ring(now, k_bells_countdown);
  }
  buzz(device::k_buzz_short);
}




bool Alerts::holds_lead_in() const
{
  return m_lead_in_cue && m_audio->pending(*m_lead_in_cue);
}

bool Alerts::busy() const
{
  return m_bells.next().has_value() || (m_audio != nullptr && m_audio->busy());
}

bool Alerts::finishing(TimePoint now) const
{
  return busy() && m_end_by && now < *m_end_by;
}

std::optional<TimePoint> Alerts::next_wake(const session::Session& session, TimePoint now) const
{
  std::optional<TimePoint> wake = m_bells.next();
  const auto earliest = [&](std::optional<TimePoint> t) {
    if (t && (!wake || *t < *wake)) {
      wake = t;
    }
  };
  if (m_audio != nullptr) {
    earliest(m_audio->next_update(now));
  }
  const auto deadline = session.finished() ? std::nullopt : session.deadline();
  if (deadline && m_count_next > 0) {
    earliest(*deadline - seconds(m_count_next));
  }
  if (session.finished()) {
    earliest(m_end_by);
  }
  return wake;
}



} // namespace stretch::live
