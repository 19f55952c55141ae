// SPDX-License-Identifier: MIT
// Programs on a fake clock that behave as the world's do: they play or speak for a while,
// hang, ignore SIGTERM, take their time to exit, fail, or cannot be started at all.
#pragma once

#include "support/fake_clock.h"
#include "util/processes.h"

#include <csignal>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace stretch::test {

/// How a fake program behaves.
struct Behaviour
{
  std::optional<util::Duration> runs = util::Duration{0}; // nullopt: hangs
  int exit_status = 0;
  bool ignores_term = false;          // only SIGKILL ends it
  util::Duration exit_after_term{0}; // how long it takes to exit once sent SIGTERM
  bool cannot_start = false;          // posix_spawnp fails
};

/// Runs nothing: each program started follows the `Behaviour` set for its name (or the
/// default), on the clock given. Records every start and signal.
class FakeProcesses : public util::Processes
{
public:
  explicit FakeProcesses(const FakeClock& clock) : m_clock(clock) {}

  /// Programs called `name` (the last part of argv[0]) behave as `how`.
  void behave(const std::string& name, Behaviour how) { m_behaviours[name] = how; }

  util::Expected<pid_t> start(const std::vector<std::string>& argv, bool own_group) override
  {
    const std::string name = argv.empty() ? "" : argv[0].substr(argv[0].rfind('/') + 1);
    const Behaviour how = m_behaviours.count(name) != 0 ? m_behaviours.at(name) : Behaviour{};
    started.push_back({argv, m_clock.now(), own_group});
    if (how.cannot_start) {
      return util::Unexpected{"cannot start " + argv[0] + ": No such file or directory"};
    }
    const pid_t pid = m_next++;
    Running run{how, std::nullopt, std::nullopt};
    if (how.runs) {
      run.ends_at = m_clock.now() + *how.runs;
      run.status = how.exit_status;
    }
    m_running.emplace(pid, run);
    return pid;
  }

  void send(pid_t pid, int signal, bool) override
  {
    signals.push_back({pid, signal, m_clock.now()});
    const auto found = m_running.find(pid);
    if (found == m_running.end()) {
      return;
    }
    Running& run = found->second;
    if (signal == SIGKILL || (signal == SIGTERM && !run.how.ignores_term)) {
      const util::TimePoint at = m_clock.now() + (signal == SIGKILL ? util::Duration{0} : run.how.exit_after_term);
      if (!run.ends_at || at < *run.ends_at) {
        run.ends_at = at;
        run.status = 128 + signal;
      }
    }
  }

  std::optional<int> collect(pid_t pid) override
  {
    const auto found = m_running.find(pid);
    if (found == m_running.end()) {
      return 255;
    }
    if (!found->second.ends_at || m_clock.now() < *found->second.ends_at) {
      return std::nullopt;
    }
    const int status = found->second.status.value_or(0);
    m_running.erase(found);
    return status;
  }

  /// Programs started and not yet collected.
  std::size_t alive() const { return m_running.size(); }

  struct Start
  {
    std::vector<std::string> argv;
    util::TimePoint at;
    bool own_group = false;
  };
  struct Signal
  {
    pid_t pid;
    int signal;
    util::TimePoint at;
  };
  std::vector<Start> started;
  std::vector<Signal> signals;

private:
  struct Running
  {
    Behaviour how;
    std::optional<util::TimePoint> ends_at;
    std::optional<int> status;
  };

  const FakeClock& m_clock;
  std::map<std::string, Behaviour> m_behaviours;
  std::map<pid_t, Running> m_running;
  pid_t m_next = 1000;
};

} // namespace stretch::test
