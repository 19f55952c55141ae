// SPDX-License-Identifier: MIT
// The numbness follow-up: numbness once is a reason to stop for the day; numbness that
// keeps coming back is a reason to see a professional.
#pragma once

#include "history/record.h"
#include "routine/about.h"

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace stretch::history {

/// The episode that routines for numb feet declare (`episode numbness`).
using routine::k_numbness;

/// How many days back the follow-up looks, today included.
inline constexpr int k_numbness_window_days = 30;

/// Days with a numbness episode within the window that call for the advice to see someone.
inline constexpr int k_episode_days_for_advice = 3;

/// Days within the window on which numbness stayed that call for the advice too.
inline constexpr int k_stayed_days_for_advice = 2;

/// A session of a numbness routine this long is an episode, whatever else it did.
inline constexpr long long k_episode_seconds = 60;

/// Numbness sessions that start within this time of the end of the one before are one
/// episode (a restart by the road), even across midnight.
inline constexpr std::chrono::seconds k_episode_gap = std::chrono::hours(1);

/// True when `record` is a numbness episode: a session of a numbness routine that answered
/// a question, reached one after doing a step, or ran for `k_episode_seconds`. A session
/// started and skipped through, with nothing done and nothing answered, is none.
bool is_numbness_episode(const SessionRecord& record);

/// The answer that says how a numbness session ended: the answer to the last question it
/// reached, when the session ran to its end (its last question, or an answer that ended
/// it). A `no` to a check that the routine goes on from (loosen the laces, then the calf),
/// followed by a stop, says nothing; nor does an unanswered last question.
std::optional<bool> decisive_reply(const SessionRecord& record);

/// True when `record` is a numbness session in which the numbness stayed: its decisive
/// answer (each question of such a routine asks whether it has gone) was no.
bool numbness_stayed(const SessionRecord& record);

/// True when `record` is a numbness session in which the numbness went: its decisive
/// answer was yes.
bool numbness_resolved(const SessionRecord& record);

/// The follow-up of the `k_numbness_window_days` up to a day, built one record at a time,
/// in any order. It counts episodes, not sessions: sessions less than `k_episode_gap` apart
/// are one episode, on the day it began, however late; an episode's numbness stayed when
/// its last session that says so says it stayed. Its memory is bounded by the window: at
/// most one episode an hour.
class NumbnessFollowUp
{
public:
  /// The follow-up as of `today`.
  explicit NumbnessFollowUp(Day today);

  /// Counts `record` in, when it is a numbness episode within the window.
  void add(const SessionRecord& record);

  /// Days in the window on which a numbness episode began.
  int episode_days() const;

  /// Days in the window on which an episode began whose numbness stayed.
  int stayed_days() const;

  /// True when numbness came back often enough to see a professional about it.
  bool advise() const;

  /// "Numb feet on 2 days in the last 30.", or "" with none.
  std::string tally() const;

  /// What to tell the user when `advise()`.
  std::string advice() const;

  /// The first day of the window.
  Day first_day() const { return m_first; }

private:
  // Sessions of one episode: from the start of the first to the end of the last.
  struct Episode
  {
    Seconds end;
    Day day; // the day it began, where it began
    Seconds verdict_at = Seconds::min(); // the start of the last session with a decisive answer
    bool stayed = false;
  };

  Day m_first;
  Day m_today;
  std::map<Seconds, Episode> m_episodes; // by start
};

} // namespace stretch::history
