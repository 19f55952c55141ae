// SPDX-License-Identifier: MIT
// A running session: which step is current, when it ends, pauses, skips and answers.
// Pure logic on an injected time: it decides timing and formats nothing.
#pragma once

#include "plan/plan.h"
#include "util/clock.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace stretch::session {

using util::Duration;
using util::TimePoint;

/// How a session ended.
enum class Outcome {
  done,        // every step ran, or an answer ended the routine as it says
  stopped,     // the user pressed q
  interrupted, // a signal: Ctrl-C, SIGTERM, SIGHUP
};

/// How long an answer shows before it counts: time to see it, and to change or take it
/// back. Until then it is neither logged nor acted on.
inline constexpr Duration k_answer_delay = std::chrono::seconds(2);

/// A key answers a question only once the question has shown this long...
inline constexpr Duration k_answer_shown = std::chrono::seconds(1);

/// ...and no key came in this long before it: keys mashed to move on never answer, and a
/// key that comes sooner takes back an answer not yet counted.
inline constexpr Duration k_answer_quiet = std::chrono::seconds(1);

/// How long a stop asked for with `q` waits, paused, for a change of mind.
inline constexpr Duration k_stop_grace = std::chrono::seconds(5);

/// How long an answer's advice, or a device's notice, stays in sight.
inline constexpr Duration k_notice_time = std::chrono::seconds(10);

/// How long a key's hint stays in sight.
inline constexpr Duration k_hint_time = std::chrono::seconds(3);

/// Why a key did not answer: the hint shown for it.
enum class Hint {
  early,    // the question had not been in sight a second
  hurried,  // another key came less than a second before
  canceled, // an answer not yet counted was taken back by a hurried key
};

/// A question a session reached, and its answer: in the summary, and in the history log.
struct AnswerRecord
{
  std::size_t step = 0; // the step of the plan that asked it; 0 when read back from the log
  std::string question;
  std::optional<bool> reply; // nullopt: reached but never answered (skipped, or stopped)
};

/// Something that happened: the one stream every listener of a session follows.
struct Event
{
  enum class Kind {
    began,       // the session's first event
    started,
    done,
    skipped,
    restarted,
    paused,
    resumed,
    proposed,
    taken_back,
    answered,
    hint,        // a key did not answer, and why
    stopping,    // `q`: the session stops at the end of the grace, unless resumed
    stop_undone, // resumed within the grace
    help,        // the keys were shown or hidden (`?`)
    told,        // a device's notice: `text`
    notice_ended, // a notice went out of sight
    suspended,   // Ctrl-Z: the terminal is handed back; the session is paused
    continued,   // `fg`: the terminal is the session's again
    unattended,  // no more keys will come
    finished,
    hushed,      // `q` after the end: nothing more to hear
  };
  Kind kind = Kind::started;
  std::size_t step = 0; // the step it concerns
  TimePoint at;
  bool yes = false; // for `proposed`, `answered` and `hint`
  Hint hint = Hint::early;
  std::string text{}; // for `told`
};

/// Something kept in sight for a while: an answer's advice, a key's hint, a device's notice.
struct Notice
{
  enum class Kind { advice, hint, device };
  Kind kind = Kind::advice;
  std::size_t step = 0; // advice: the question's step
  bool yes = false;     // advice: the answer; hint: the key
  Hint hint = Hint::early;
  std::string text{};   // device: what it says
  TimePoint until;
};

/// What a session amounts to: for the summary and the history log.
struct Summary
{
  Outcome outcome = Outcome::done;
  std::size_t holds_planned = 0;
  std::size_t holds_done = 0;
  std::size_t holds_skipped = 0;
  std::size_t steps_done = 0; // steps of any kind done, lead-ins apart
  Duration elapsed{0}; // from start to end, pauses included
  Duration paused{0};
  bool ended_by_answer = false; // an answer with `stop-if` ended it
  std::vector<AnswerRecord> answers; // every question reached, in order
};

/// Runs a plan against time. Every step ends at an absolute deadline: its start plus its
/// duration plus the time paused or held within it, and the next step starts at that
/// deadline, not when someone noticed, so lateness never accumulates. Time is kept at the
/// clock's own precision, never rounded to milliseconds.
class Session
{
public:
  /// A session of `plan` that starts at `start`. When `interactive`, manual steps and
  /// questions wait for the user; otherwise they go on after their duration.
  Session(const plan::Plan& plan, bool interactive, TimePoint start);

  /// Ends every step whose deadline is at or before `now`, starting the next ones.
  void update(TimePoint now);

  /// When the current step ends on its own; nullopt while paused, waiting for the user, or
  /// finished.
  std::optional<TimePoint> deadline() const;

  /// Pauses, or resumes when paused. Pause freezes the time left exactly.
  void toggle_pause(TimePoint now);
  void pause(TimePoint now);
  void resume(TimePoint now);

  /// Holds the current step at `at` (its deadline, say) until `release`: the voice is still
  /// reading its cue. Unlike a pause, the time held counts as active, and it shows no pause.
  void hold(TimePoint at);
  void release(TimePoint now);
  bool held() const { return m_hold_since.has_value(); }

  /// Whether the current lead-in's cue is still being said (`needed`): a lead-in whose
  /// time is up is held at its deadline until it is not, then goes on.
  void hold_lead_in(bool needed, TimePoint now);

  /// Goes on to the next step now; a hold skipped this way counts as skipped. A pause goes
  /// on into the next step, and all of it counts as paused.
  void skip(TimePoint now);

  /// Starts the current step again, with its whole time.
  void restart(TimePoint now);

  /// Marks the current manual step as done (Enter or space), or makes the answer shown
  /// count now.
  void confirm(TimePoint now);

  /// Answers the current question with `yes`, to count `k_answer_delay` from `now`: until
  /// then the answer shows, and another one replaces it (the same one changes nothing).
  /// When it counts, the session goes on, or ends for an answer with `stop-if`.
  void propose_answer(bool yes, TimePoint now);

  /// Takes back the answer not yet counted: the question waits again.
  void take_back(TimePoint now);

  /// A key came at `now`: call it for every key, before what the key does. A key that
  /// comes less than `k_answer_quiet` after the one before takes back an answer not yet
  /// counted.
  void key(TimePoint now);

  /// The `y` or `n` key (`yes`) that `key` was just told of: it proposes its answer only
  /// when it came alone, on a question in sight for `k_answer_shown` (else a `hint`
  /// event says why not). An answer shown is changed by a key that came alone.
  void answer_key(bool yes, TimePoint now);

  /// The Enter key that `key` was just told of: on an answer shown, makes it count now, when
  /// it came alone; on a manual step, marks it done.
  void confirm_key(TimePoint now);

  /// Asks to stop (`q`): the session pauses and stops at `now + k_stop_grace`, unless
  /// `undo_stop` comes first. Asked again meanwhile, it stops at once; after the end, it
  /// asks for quiet (`hushed`).
  void request_stop(TimePoint now);

  /// Goes on as before the stop was asked for (paused again, if it was paused).
  void undo_stop(TimePoint now);

  /// When a stop asked for takes effect; nullopt when none is pending.
  std::optional<TimePoint> stops_at() const { return m_stop_at; }

  /// The answer shown and not yet counted, if any.
  std::optional<bool> proposed() const;

  /// Ends the session early with `outcome` (stopped or interrupted).
  void stop(Outcome outcome, TimePoint now);

  /// A signal (Ctrl-C, SIGTERM, a hang-up) or an output gone: interrupted now; after the
  /// end, nothing more to hear (`hushed`).
  void interrupt(TimePoint now);

  /// No more keys will come: waiting steps go on after their duration from now on, the
  /// current one counting from `now`.
  void stop_waiting(TimePoint now);

  /// Shows the keys in force, or hides them again (`?`); each step starts with them hidden.
  void toggle_help(TimePoint now);
  bool help_shown() const { return m_help; }

  /// A device's notice (`text`, a line), kept in sight for `k_notice_time`.
  void tell(std::string text, TimePoint now);

  /// The notices in sight: an answer's advice for `k_notice_time` after it counted, a key's
  /// hint for `k_hint_time` (one that says an answer was taken back outlasts the hints of
  /// the mash that caused it; an answer given ends it), and devices' notices.
  const std::vector<Notice>& notices() const { return m_notices; }

  /// Ctrl-Z: pauses, and the terminal is handed back until `carry_on` (after `fg`).
  void suspend(TimePoint now);
  void carry_on(TimePoint now);

  /// The next moment something changes on its own: the end of a step, a stop or an answer
  /// counting, a notice going out of sight; nullopt when nothing will without a key.
  std::optional<TimePoint> next_change() const;

  bool finished() const { return m_finished_at.has_value(); }
  bool paused() const { return m_pause_since.has_value(); }

  /// True when the current step waits for the user: a manual step or question, on a terminal.
  bool waiting() const;

  /// The index of the current step (the plan's size once finished).
  std::size_t index() const { return m_index; }

  /// The current step; only valid when not finished.
  const plan::PlanStep& step() const { return m_plan.steps[m_index]; }

  const plan::Plan& plan() const { return m_plan; }

  /// When the current step started (was last started again).
  TimePoint step_started() const { return m_step_start; }

  /// The time left in the current step (its whole duration while waiting for the user; the
  /// time until it counts for an answer shown).
  std::chrono::nanoseconds remaining(TimePoint now) const;

  /// The time left in the whole session, counting waiting steps at their duration.
  std::chrono::nanoseconds total_left(TimePoint now) const;

  /// The summary as of `now` (or of the end, when finished).
  Summary summary(TimePoint now) const;

  /// The events since the last call, oldest first.
  std::vector<Event> take_events();

private:
  void start_step(std::size_t index, TimePoint at);
  void end_step(Event::Kind how, TimePoint at);
  void finish(Outcome outcome, TimePoint at);
  void end_pause(TimePoint at);
  void end_hold(TimePoint at);
  void drop_proposal(TimePoint at);
  void count_answer(TimePoint at);
  void add_hint(Hint why, bool yes, TimePoint now);
  void expire_notices(TimePoint now);
  void push(Event::Kind kind, TimePoint at, bool yes = false);
  std::chrono::nanoseconds elapsed_in_step(TimePoint now) const;

  // An answer shown, and when it counts.
  struct Proposal
  {
    bool yes = false;
    TimePoint counts_at;
  };

  const plan::Plan& m_plan;
  bool m_interactive;
  TimePoint m_start;
  std::size_t m_index = 0;
  TimePoint m_step_start;
  std::chrono::nanoseconds m_step_paused{0}; // paused or held within the current step, finished
  std::optional<TimePoint> m_pause_since;    // set while paused
  std::optional<TimePoint> m_hold_since;     // set while held
  std::optional<Proposal> m_proposal;        // an answer not yet counted
  std::optional<TimePoint> m_last_key;       // when the last key came
  bool m_key_alone = true;                   // no key came in the second before it
  std::optional<TimePoint> m_stop_at;        // a stop asked for, and when it takes effect
  bool m_paused_before_stop = false;
  std::chrono::nanoseconds m_paused_total{0}; // every finished pause
  std::optional<TimePoint> m_finished_at;
  bool m_help = false;                       // the keys are shown
  std::vector<Notice> m_notices;             // in sight, oldest first
  Summary m_summary;
  std::vector<Event> m_events;
};

} // namespace stretch::session
