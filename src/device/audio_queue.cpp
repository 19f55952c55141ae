// SPDX-License-Identifier: MIT
// Everything a session says and plays, one thing at a time.
#include "device/audio_queue.h"

#include "util/strings.h"

#include <algorithm>

namespace stretch::device {
namespace {

// How often to look whether a program ended, should its SIGCHLD be missed.
constexpr auto k_safety_poll = std::chrono::milliseconds(250);

// A slow pace of speech, 120 words a minute: how long the end of a session may wait.
constexpr auto k_slow_per_word = std::chrono::milliseconds(500);

long long words_in(std::string_view text)
{
  return static_cast<long long>(util::split_words(text).size());
}

} // namespace

std::uint64_t AudioQueue::say(std::string text, util::TimePoint now, std::optional<util::TimePoint> start_by,
                              bool keep)
{
  return push(Item{0, std::nullopt, std::move(text), start_by, keep}, now);
}

std::uint64_t AudioQueue::play(Tone tone, util::TimePoint now, std::optional<util::TimePoint> start_by)
{
  return push(Item{0, tone, {}, start_by, false}, now);
}

std::uint64_t AudioQueue::push(Item item, util::TimePoint now)
{
  item.id = m_next_id++;
  const std::uint64_t id = item.id;
  m_queue.push_back(std::move(item));
  update(now);
  return id;
}

void AudioQueue::stop_current()
{
  if (m_current) {
    if (m_current->tone) {
      m_player->stop();
    } else {
      m_speech->stop();
    }
    m_current.reset();
  }
}

void AudioQueue::interrupt()
{
  m_queue.clear();
  stop_current();
}

void AudioQueue::cut()
{
  std::erase_if(m_queue, [](const Item& item) { return !item.keep; });
  if (m_current && !m_current->keep) {
    stop_current();
  }
}

bool AudioQueue::sounding()
{
  return m_current && (m_current->tone ? m_player->playing() : m_speech->speaking());
}

bool AudioQueue::start(const Item& item)
{
  if (item.tone) {
    return plays() && m_player->start(*item.tone);
  }
  return speaks() && m_speech->start(item.text);
}

void AudioQueue::update(util::TimePoint now)
{
  if (m_current && !sounding()) {
    m_current.reset();
  }
  while (!m_current && !m_queue.empty()) {
    Item item = std::move(m_queue.front());
    m_queue.pop_front();
    if (item.start_by && now > *item.start_by) {
      continue; // too late to be of use
    }
    if (start(item)) {
      m_current = std::move(item);
    }
  }
}

bool AudioQueue::pending(std::uint64_t id) const
{
  return (m_current && m_current->id == id)
         || std::any_of(m_queue.begin(), m_queue.end(), [id](const Item& item) { return item.id == id; });
}

util::Duration AudioQueue::time_to_finish() const
{
  util::Duration total{0};
  const auto add = [&](const Item& item) {
    total += item.tone ? tone_length(*item.tone) : util::Duration(k_slow_per_word * words_in(item.text));
  };
  if (m_current) {
    add(*m_current);
  }
  std::for_each(m_queue.begin(), m_queue.end(), add);
  return total;
}

std::optional<util::TimePoint> AudioQueue::next_update(util::TimePoint now) const
{
  std::optional<util::TimePoint> next;
  const auto earliest = [&](std::optional<util::TimePoint> t) {
    if (t && *t > now && (!next || *t < *next)) {
      next = t;
    }
  };
  for (const Device* device : {static_cast<const Device*>(m_player), static_cast<const Device*>(m_speech)}) {
    if (device != nullptr) {
      earliest(device->next_poll()); // a program to end, or to kill
    }
  }
  if (m_current) {
    const auto end = m_current->tone ? m_player->expected_end() : m_speech->expected_end();
    earliest(end && *end > now ? *end : now + k_safety_poll);
  }
  return next;
}

} // namespace stretch::device
