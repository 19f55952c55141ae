// SPDX-License-Identifier: MIT
// The operating system's processes as the session reaches them: start, signal, collect.
// Behind an interface, so that tests run programs that hang, ignore SIGTERM, exit slowly
// or fail, on a fake clock.
#pragma once

#include "util/expected.h"

#include <optional>
#include <string>
#include <sys/types.h>
#include <vector>

namespace stretch::util {

/// Starts programs and learns how they ended, never waiting for one.
class Processes
{
public:
  virtual ~Processes() = default;

  /// Starts `argv` (see `util::spawn`) with its streams on /dev/null; with `own_group`, in
  /// a process group of its own. Its process id, or why it could not start.
  virtual Expected<pid_t> start(const std::vector<std::string>& argv, bool own_group) = 0;

  /// Sends `signal` to `pid` (to its whole group with `group`).
  virtual void send(pid_t pid, int signal, bool group) = 0;

  /// How `pid` ended, once it has (its exit status, or 128 + the signal that ended it), and
  /// collected; nullopt while it runs. Never waits.
  virtual std::optional<int> collect(pid_t pid) = 0;
};

/// The real thing: posix_spawnp, kill(2) and waitpid(2) with WNOHANG.
class PosixProcesses : public Processes
{
public:
  Expected<pid_t> start(const std::vector<std::string>& argv, bool own_group) override;
  void send(pid_t pid, int signal, bool group) override;
  std::optional<int> collect(pid_t pid) override;
};

/// The one `PosixProcesses` of the program.
Processes& posix_processes();

} // namespace stretch::util
