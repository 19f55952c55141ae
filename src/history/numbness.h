// SPDX-License-Identifier: MIT
// The numbness follow-up: numbness once is a reason to stop for the day; numbness that
// keeps coming back is a reason to see a professional.
#pragma once

#include "history/record.h"
#include "routine/about.h"

#include <set>
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

/// True when `record` is a numbness episode: a session of a numbness routine that answered
/// a question, reached one after doing a step, or ran for `k_episode_seconds`. A session
/// started and skipped through, with nothing done and nothing answered, is none.
bool is_numbness_episode(const SessionRecord& record);

/// True when `record` is a numbness episode in which the numbness stayed: the last answer
/// given (each question of such a routine asks whether it has gone) was no.
bool numbness_stayed(const SessionRecord& record);

/// True when `record` is a numbness episode in which the numbness went: the last answer
/// given was yes.
bool numbness_resolved(const SessionRecord& record);

/// The follow-up of the `k_numbness_window_days` up to a day, built one record at a time.
/// It counts days, not sessions: restarts on one day are one episode.
class NumbnessFollowUp
{
public:
  /// The follow-up as of `today`.
  explicit NumbnessFollowUp(Day today);

  /// Counts `record` in, when it is a numbness episode within the window.
  void add(const SessionRecord& record);

  /// Days in the window with a numbness episode.
  int episode_days() const { return static_cast<int>(m_episode_days.size()); }

  /// Days in the window on which numbness stayed.
  int stayed_days() const { return static_cast<int>(m_stayed_days.size()); }

  /// True when numbness came back often enough to see a professional about it.
  bool advise() const;

  /// "Numb feet on 2 days in the last 30.", or "" with none.
  std::string tally() const;

  /// What to tell the user when `advise()`.
  std::string advice() const;

  /// The first day of the window.
  Day first_day() const { return m_first; }

private:
  Day m_first;
  Day m_today;
  LocalDays m_days;
  std::set<Day> m_episode_days;
  std::set<Day> m_stayed_days;
};

} // namespace stretch::history
