// SPDX-License-Identifier: MIT
// The sessions already counted.
#include "history/seen_sessions.h"

#include <algorithm>

namespace stretch::history {
namespace {

// FNV-1a over `text`, from `hash`.
std::uint64_t fnv(std::uint64_t hash, std::string_view text)
{
  for (const char c : text) {
    hash = (hash ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
  }
  return hash;
}

// Spreads the bits, so that the low ones index well.
std::uint64_t mix(std::uint64_t x)
{
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

// The key of `session`: never 0, which marks an empty slot.
std::uint64_t key_of(std::string_view session)
{
  const std::uint64_t key = mix(fnv(0xcbf29ce484222325ULL, session));
  return key == 0 ? 1 : key;
}

} // namespace

// The most devices told apart; past them, every device is taken to have sessions there.
constexpr std::size_t k_max_devices = 64;

bool SeenSessions::holds_device(std::string_view device) const
{
  // A file's sessions are nearly all of one device: asked again, answered at once.
  if (device != m_last_device) {
    m_last_device.assign(device);
    m_last_held = m_many_devices || std::find(m_devices.begin(), m_devices.end(), device) != m_devices.end();
  }
  return m_last_held;
}

bool SeenSessions::contains(std::string_view device, std::string_view session) const
{
  if (m_size == 0 || !holds_device(device)) {
    return false;
  }
  const std::uint64_t key = key_of(session);
  const std::size_t mask = m_slots.size() - 1;
  for (std::size_t at = key & mask; m_slots[at] != 0; at = (at + 1) & mask) {
    if (m_slots[at] == key) {
      return true;
    }
  }
  return false;
}

bool SeenSessions::insert(std::string_view device, std::string_view session)
{
  if (!holds_device(device)) {
    // A session logged before sessions had a device may be found again with one (a log
    // moved into a history folder): it may be any device's.
    if (m_devices.size() < k_max_devices && !device.empty()) {
      m_devices.emplace_back(device);
    } else {
      m_many_devices = true;
    }
    m_last_held = true;
  }
  const std::uint64_t key = key_of(session);
  if ((m_size + 1) * 2 > m_slots.size()) {
    grow();
  }
  const std::size_t mask = m_slots.size() - 1;
  for (std::size_t at = key & mask;; at = (at + 1) & mask) {
    if (m_slots[at] == key) {
      return false;
    }
    if (m_slots[at] == 0) {
      m_slots[at] = key;
      ++m_size;
      return true;
    }
  }
}

void SeenSessions::grow()
{
  std::vector<std::uint64_t> old = std::move(m_slots);
  m_slots.assign(old.empty() ? 1024 : old.size() * 2, 0);
  const std::size_t mask = m_slots.size() - 1;
  for (const std::uint64_t key : old) {
    if (key != 0) {
      std::size_t at = key & mask;
      while (m_slots[at] != 0) {
        at = (at + 1) & mask;
      }
      m_slots[at] = key;
    }
  }
}

} // namespace stretch::history
