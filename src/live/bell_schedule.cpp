// SPDX-License-Identifier: MIT
// When to ring the terminal bell.
#include "live/bell_schedule.h"

#include <algorithm>

namespace stretch::live {

void BellSchedule::ring(TimePoint now, int count)
{
  // A new moment replaces bells still pending from the last: they would only blur it.
  m_pending.clear();
  for (int i = 0; i < count; ++i) {
    m_pending.push_back(now + i * k_bell_gap);
  }
}

int BellSchedule::take_due(TimePoint now)
{
  int due = 0;
  while (!m_pending.empty() && m_pending.front() <= now) {
    m_pending.pop_front();
    ++due;
  }
  return std::min(due, 1);
}

std::optional<TimePoint> BellSchedule::next() const
{
  if (m_pending.empty()) {
    return std::nullopt;
  }
  return m_pending.front();
}

} // namespace stretch::live
