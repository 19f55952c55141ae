// SPDX-License-Identifier: MIT
// The numbness follow-up: numbness once is a reason to stop for the day; numbness that
// keeps coming back is a reason to see a professional.
#include "history/numbness.h"


#include <algorithm>
#include <fmt/format.h>

namespace stretch::history {
namespace {

// The last answer given in `record`, if any.
std::optional<bool> last_reply(const SessionRecord& record)
{
  const auto found = std::find_if(record.answers.rbegin(), record.answers.rend(),
                                  [](const LoggedAnswer& answer) { return answer.reply.has_value(); });
  return found == record.answers.rend() ? std::nullopt : found->reply;
}

std::string days(int n)
{
  return fmt::format("{} {}", n, n == 1 ? "day" : "days");
}

} // namespace

bool is_numbness_episode(const SessionRecord& record)
{
  if (record.episode != k_numbness) {
    return false;
  }
  const bool reached_a_question = !record.answers.empty() && record.steps_done > 0;
  return record.active_seconds >= k_episode_seconds || last_reply(record).has_value() || reached_a_question;
}

bool numbness_stayed(const SessionRecord& record)
{
  const auto reply = last_reply(record);
  return record.episode == k_numbness && reply && !*reply;
}

bool numbness_resolved(const SessionRecord& record)
{
  const auto reply = last_reply(record);
  return record.episode == k_numbness && reply && *reply;
}

NumbnessFollowUp::NumbnessFollowUp(Day today)
  : m_first(today - std::chrono::days(k_numbness_window_days - 1)), m_today(today)
{
}

void NumbnessFollowUp::add(const SessionRecord& record)
{
  const Day day = m_days(record.end());
  if (!is_numbness_episode(record) || day < m_first || day > m_today) {
    return;
  }
  m_episode_days.insert(day);
  if (numbness_stayed(record)) {
    m_stayed_days.insert(day);
  }
}

bool NumbnessFollowUp::advise() const
{
  return episode_days() >= k_episode_days_for_advice || stayed_days() >= k_stayed_days_for_advice;
}

std::string NumbnessFollowUp::tally() const
{
  if (episode_days() == 0) {
    return {};
  }
  std::string text = fmt::format("Numb feet on {} in the last {}", days(episode_days()), k_numbness_window_days);
  if (stayed_days() > 0) {
    text += fmt::format("; the numbness stayed on {}", days(stayed_days()));
  }
  return text + ".";
}

std::string NumbnessFollowUp::advice() const
{
  std::string what = fmt::format("Your feet went numb on {} in the last {}", days(episode_days()),
                                 k_numbness_window_days);
  if (stayed_days() > 0) {
    what += fmt::format(", and the numbness stayed on {}", days(stayed_days()));
  }
  return what + ". Numbness that keeps coming back is a warning light: have a doctor or physical therapist "
                "give you a full evaluation.";
}

} // namespace stretch::history
