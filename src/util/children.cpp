// SPDX-License-Identifier: MIT
// Programs a session starts in the background, each bounded in time and never waited for.
#include "util/children.h"

#include <algorithm>
#include <csignal>

namespace stretch::util {

Children::~Children()
{
  for (const Child& child : m_children) {
    if (!child.launch.outlives || child.kill_at) {
      m_processes.send(child.pid, SIGKILL, child.launch.own_group);
      (void)m_processes.collect(child.pid);
    }
  }
}

Expected<Children::Id> Children::start(const std::vector<std::string>& argv, TimePoint now, Duration limit,
                                       Launch launch)
{
  const auto pid = m_processes.start(argv, launch.own_group);
  if (!pid) {
    return Unexpected{pid.error()};
  }
  m_children.push_back({m_next, *pid, launch, now + limit, std::nullopt, ChildEnd::ok});
  return m_next++;
}

void Children::end(Child& child, ChildEnd reason, TimePoint now)
{
  if (child.kill_at) {
    return; // told already
  }
  m_processes.send(child.pid, SIGTERM, child.launch.own_group);
  child.kill_at = now + k_kill_grace;
  child.reason = reason;
}

void Children::stop(Id id, TimePoint now)
{
  const auto found = std::find_if(m_children.begin(), m_children.end(), [id](const Child& c) { return c.id == id; });
  if (found != m_children.end()) {
    end(*found, ChildEnd::stopped, now);
  }
}

std::vector<Children::Ended> Children::poll(TimePoint now)
{
  std::vector<Ended> ended;
  std::erase_if(m_children, [&](Child& child) {
    if (const auto status = m_processes.collect(child.pid)) {
      const ChildEnd how = child.kill_at ? child.reason : *status == 0 ? ChildEnd::ok : ChildEnd::failed;
      if (how != ChildEnd::timed_out) {
        ended.push_back({child.id, how, *status}); // a time-out was told when it happened
      }
      return true;
    }
    if (!child.kill_at && now >= child.limit) {
      end(child, ChildEnd::timed_out, now);
      ended.push_back({child.id, ChildEnd::timed_out, -1}); // over now, collected later
    } else if (child.kill_at && now >= *child.kill_at) {
      m_processes.send(child.pid, SIGKILL, child.launch.own_group); // it ignored SIGTERM
      child.kill_at = now + k_kill_grace;               // and is looked at again then
    }
    return false;
  });
  return ended;
}

bool Children::running(Id id) const
{
  return std::any_of(m_children.begin(), m_children.end(),
                     [id](const Child& c) { return c.id == id && !c.kill_at; });
}

std::optional<TimePoint> Children::next_deadline() const
{
  std::optional<TimePoint> next;
  for (const Child& child : m_children) {
    const TimePoint due = child.kill_at.value_or(child.limit);
    if (!next || due < *next) {
      next = due;
    }
  }
  return next;
}

} // namespace stretch::util
