// The numbness follow-up: numbness once is a reason to stop for the day; numbness that
// keeps coming back is a reason to see a professional.
#include "history/numbness.h"

#include "history/stats.h"

#include <algorithm>
#include <fmt/format.h>
#include <set>

namespace stretch::history {

bool numbness_stayed(const SessionRecord& record)
{
  return record.routine == k_numbness_routine
         && std::any_of(record.answers.begin(), record.answers.end(), [](const LoggedAnswer& a) { return !a.yes; });
}

int numbness_days(const std::vector<SessionRecord>& records, Day today)
{
  const Day first = today - std::chrono::days(k_numbness_window_days - 1);
  std::set<Day> days;
  for (const SessionRecord& record : records) {
    const Day day = session_day(record);
    if (numbness_stayed(record) && day >= first && day <= today) {
      days.insert(day);
    }
  }
  return static_cast<int>(days.size());
}

std::string numbness_advice(int days)
{
  return fmt::format("Your feet stayed numb on {} days in the last {}. Numbness that keeps coming back is a "
                     "warning light: have a doctor or physical therapist give you a full evaluation.",
                     days, k_numbness_window_days);
}

} // namespace stretch::history
