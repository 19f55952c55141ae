// SPDX-License-Identifier: MIT
// The numbness follow-up: numbness once is a reason to stop for the day; numbness that
// keeps coming back is a reason to see a professional.
#include "history/numbness.h"

#include "history/local_time.h"
#include "i18n/format.h"
#include "util/strings.h"

#include <algorithm>
#include <set>
#include <fmt/format.h>

namespace stretch::history {
namespace {

// The last answer given in `record`, if any.
std::optional<bool> last_reply(const SessionRecord& record)
{
  const auto found = std::find_if(record.answers.rbegin(), record.answers.rend(),
                                  [](const session::AnswerRecord& answer) { return answer.reply.has_value(); });
  return found == record.answers.rend() ? std::nullopt : found->reply;
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

std::optional<bool> decisive_reply(const SessionRecord& record)
{
  if (record.outcome != session::Outcome::done || record.answers.empty()) {
    return std::nullopt;
  }
  return record.answers.back().reply;
}

bool numbness_stayed(const SessionRecord& record)
{
  const auto reply = decisive_reply(record);
  return record.episode == k_numbness && reply && !*reply;
}

bool numbness_resolved(const SessionRecord& record)
{
  const auto reply = decisive_reply(record);
  return record.episode == k_numbness && reply && *reply;
}

NumbnessFollowUp::NumbnessFollowUp(Day today)
  : m_first(today - std::chrono::days(k_numbness_window_days - 1)), m_today(today)
{
}

void NumbnessFollowUp::add(const SessionRecord& record)
{
  const Day day = day_where_written(record.start_text, record.end());
  if (!is_numbness_episode(record) || day < m_first || day > m_today) {
    return;
  }
  Seconds start = record.start;
  Episode episode{std::max(record.end(), record.start), day_where_written(record.start_text, record.start)};
  if (decisive_reply(record)) {
    episode.verdict_at = record.start;
    episode.stayed = numbness_stayed(record);
  }
  // Merge with every episode it touches: those that start before it ends (and the gap),
  // and end after it starts (less the gap).
  auto at = m_episodes.upper_bound(episode.end + k_episode_gap);
  while (at != m_episodes.begin()) {
    const auto before = std::prev(at);
    if (before->second.end + k_episode_gap < start) {
      break;
    }
    const Episode& other = before->second;
    episode.end = std::max(episode.end, other.end);
    if (other.verdict_at > episode.verdict_at) {
      episode.verdict_at = other.verdict_at;
      episode.stayed = other.stayed;
    }
    if (before->first < start) {
      start = before->first;
      episode.day = other.day;
    }
    at = m_episodes.erase(before);
  }
  m_episodes.emplace(start, episode);
}

int NumbnessFollowUp::episode_days() const
{
  std::set<Day> days;
  for (const auto& [start, episode] : m_episodes) {
    days.insert(std::max(m_first, episode.day));
  }
  return static_cast<int>(days.size());
}

int NumbnessFollowUp::stayed_days() const
{
  std::set<Day> days;
  for (const auto& [start, episode] : m_episodes) {
    if (episode.stayed) {
      days.insert(std::max(m_first, episode.day));
    }
  }
  return static_cast<int>(days.size());
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
  const std::string episode_text = days_text(episode_days());
  const std::string stayed_text = days_text(stayed_days());
  const auto episodes = fmt::arg("days", episode_text);
  const auto window = fmt::arg("window", k_numbness_window_days);
  if (stayed_days() > 0) {
    return i18n::trf("Numb feet on {days} in the last {window}; the numbness stayed on {stayed}.", episodes, window,
                     fmt::arg("stayed", stayed_text));
  }
  return i18n::trf("Numb feet on {days} in the last {window}.", episodes, window);
}

std::string NumbnessFollowUp::advice() const
{
  const std::string episode_text = days_text(episode_days());
  const std::string stayed_text = days_text(stayed_days());
  const auto episodes = fmt::arg("days", episode_text);
  const auto window = fmt::arg("window", k_numbness_window_days);
  if (stayed_days() > 0) {
    return i18n::trf("Your feet went numb on {days} in the last {window}, and the numbness stayed on {stayed}. Numbness "
                     "that keeps coming back is a warning light: have a doctor or physical therapist give you a full "
                     "evaluation.",
                     episodes, window, fmt::arg("stayed", stayed_text));
  }
  return i18n::trf("Your feet went numb on {days} in the last {window}. Numbness that keeps coming back is a warning "
                   "light: have a doctor or physical therapist give you a full evaluation.",
                   episodes, window);

}

} // namespace stretch::history
