// The voice of a session: cues said one after the other, each to its end.
#include "cue/voice.h"

#include "util/strings.h"

#include <algorithm>

namespace stretch::cue {
namespace {

// How often to look whether a speech program ended, should its SIGCHLD be missed.
constexpr auto k_safety_poll = std::chrono::milliseconds(250);

// A slow pace of speech, 120 words a minute: espeak-ng says about 150.
constexpr auto k_per_word = std::chrono::milliseconds(500);

long long words_in(std::string_view text)
{
  return static_cast<long long>(util::split_words(text).size());
}

} // namespace

std::uint64_t Voice::say(std::string text, session::TimePoint now, std::optional<session::TimePoint> start_by)
{
  const std::uint64_t id = m_next_id++;
  m_queue.push_back({id, std::move(text), start_by});
  update(now);
  return id;
}

void Voice::interrupt()
{
  m_queue.clear();
  if (m_current) {
    m_speech.stop();
    m_current.reset();
  }
}

void Voice::update(session::TimePoint now)
{
  if (m_current && !m_speech.speaking()) {
    m_current.reset();
  }
  while (!m_current && !m_queue.empty()) {
    Cue cue = std::move(m_queue.front());
    m_queue.pop_front();
    if (cue.start_by && now > *cue.start_by) {
      continue; // too late to be of use
    }
    if (m_speech.start(cue.text)) {
      m_current = cue.id;
      m_current_text = std::move(cue.text);
    }
  }
}

bool Voice::pending(std::uint64_t id) const
{
  return m_current == id || std::any_of(m_queue.begin(), m_queue.end(), [id](const Cue& cue) { return cue.id == id; });
}

session::Duration Voice::time_to_finish() const
{
  long long words = m_current ? words_in(m_current_text) : 0;
  for (const Cue& cue : m_queue) {
    words += words_in(cue.text);
  }
  return k_per_word * words;
}

std::optional<session::TimePoint> Voice::next_update(session::TimePoint now) const
{
  if (!m_current) {
    return std::nullopt; // the queue starts whenever something is said
  }
  if (const auto end = m_speech.expected_end()) {
    return *end;
  }
  return now + k_safety_poll;
}

} // namespace stretch::cue
