// The numbness follow-up: numbness once is a reason to stop for the day; numbness that
// keeps coming back is a reason to see a professional.
#pragma once

#include "history/record.h"

#include <set>
#include <string>
#include <string_view>

namespace stretch::history {

/// The episode that routines for numb feet declare (`episode numbness`).
inline constexpr std::string_view k_numbness = "numbness";

/// How many days back the follow-up looks, today included.
inline constexpr int k_numbness_window_days = 30;

/// Numbness episodes within the window that call for the advice to see someone.
inline constexpr int k_episodes_for_advice = 3;

/// Days within the window on which numbness stayed that call for the advice too.
inline constexpr int k_stayed_days_for_advice = 2;

/// True when `record` is a numbness episode in which the numbness stayed: the last answer
/// given (each question of such a routine asks whether it has gone) was no.
bool numbness_stayed(const SessionRecord& record);

/// The follow-up of the `k_numbness_window_days` up to a day, built one record at a time.
class NumbnessFollowUp
{
public:
  /// The follow-up as of `today`.
  explicit NumbnessFollowUp(Day today);

  /// Counts `record` in, when it is a numbness episode within the window.
  void add(const SessionRecord& record);

  /// Numbness episodes in the window.
  int episodes() const { return m_episodes; }

  /// Days in the window on which numbness stayed.
  int stayed_days() const { return static_cast<int>(m_stayed_days.size()); }

  /// True when numbness came back often enough to see a professional about it.
  bool advise() const;

  /// What to tell the user when `advise()`.
  std::string advice() const;

  /// The first day of the window.
  Day first_day() const { return m_first; }

private:
  Day m_first;
  Day m_today;
  int m_episodes = 0;
  std::set<Day> m_stayed_days;
};

} // namespace stretch::history
