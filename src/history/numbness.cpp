// The numbness follow-up: numbness once is a reason to stop for the day; numbness that
// keeps coming back is a reason to see a professional.
#include "history/numbness.h"

#include "history/stats.h"

#include <fmt/format.h>

namespace stretch::history {

bool numbness_stayed(const SessionRecord& record)
{
  return record.episode == k_numbness && !record.answers.empty() && !record.answers.back().yes;
}

NumbnessFollowUp::NumbnessFollowUp(Day today)
  : m_first(today - std::chrono::days(k_numbness_window_days - 1)), m_today(today)
{
}

void NumbnessFollowUp::add(const SessionRecord& record)
{
  const Day day = session_day(record);
  if (record.episode != k_numbness || day < m_first || day > m_today) {
    return;
  }
  ++m_episodes;
  if (numbness_stayed(record)) {
    m_stayed_days.insert(day);
  }
}

bool NumbnessFollowUp::advise() const
{
  return m_episodes >= k_episodes_for_advice || stayed_days() >= k_stayed_days_for_advice;
}

std::string NumbnessFollowUp::advice() const
{
  std::string what = fmt::format("Your feet went numb {} {} in the last {} days", m_episodes,
                                 m_episodes == 1 ? "time" : "times", k_numbness_window_days);
  if (stayed_days() > 0) {
    what += fmt::format(", and the numbness stayed on {} {}", stayed_days(), stayed_days() == 1 ? "day" : "days");
  }
  return what + ". Numbness that keeps coming back is a warning light: have a doctor or physical therapist "
                "give you a full evaluation.";
}

} // namespace stretch::history
