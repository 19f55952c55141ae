// SPDX-License-Identifier: MIT
// The operating system's processes as the session reaches them: start, signal, collect.
#include "util/processes.h"

#include "util/process.h"

#include <cerrno>
#include <csignal>
#include <sys/wait.h>

namespace stretch::util {

Expected<pid_t> PosixProcesses::start(const std::vector<std::string>& argv, bool own_group)
{
  return spawn(argv, Streams::null, own_group);
}

void PosixProcesses::send(pid_t pid, int signal, bool group)
{
  if (pid > 0) {
    ::kill(group ? -pid : pid, signal);
  }
}

std::optional<int> PosixProcesses::collect(pid_t pid)
{
  int raw = 0;
  pid_t got = 0;
  while ((got = ::waitpid(pid, &raw, WNOHANG)) < 0 && errno == EINTR) {
  }
  if (got == 0) {
    return std::nullopt;
  }
  if (got < 0) {
    return 255; // no child of ours any more: nothing left to wait for
  }
  return WIFEXITED(raw) ? WEXITSTATUS(raw) : 128 + WTERMSIG(raw);
}

Processes& posix_processes()
{
  static PosixProcesses processes;
  return processes;
}

} // namespace stretch::util
