// SPDX-License-Identifier: MIT
// Runs a program on a pseudo-terminal of its own, as if a user sat at it.
#pragma once

#include <chrono>
#include <map>
#include <string>
#include <sys/resource.h>
#include <sys/types.h>
#include <vector>

namespace stretch::test {

/// A child process whose standard input, output and error are a new pseudo-terminal, with
/// the terminal as its controlling terminal (so Ctrl-C, Ctrl-Z and job control work).
class PtyProcess
{
public:
  PtyProcess(const std::vector<std::string>& argv, const std::map<std::string, std::string>& env,
             unsigned short columns = 80, unsigned short rows = 24);
  ~PtyProcess();
  PtyProcess(const PtyProcess&) = delete;
  PtyProcess& operator=(const PtyProcess&) = delete;

  /// Types `bytes` at the terminal.
  void send(std::string_view bytes);

  /// Resizes the terminal, as dragging its window would: the program gets SIGWINCH.
  void resize(unsigned short columns, unsigned short rows);

  /// Reads until the output so far contains `text`; false after `timeout`.
  bool wait_for(std::string_view text, std::chrono::milliseconds timeout = std::chrono::seconds(10));

  /// Reads until the output after its first `from` bytes contains `text`; where it starts,
  /// or npos after `timeout`.
  std::size_t wait_for_after(std::string_view text, std::size_t from,
                             std::chrono::milliseconds timeout = std::chrono::seconds(10));

  /// Everything the terminal showed so far.
  const std::string& output() const { return m_output; }

  /// Waits for the child to end; its exit status, or 128 + the signal that ended it. With
  /// `usage`, also the child's resource use (CPU time, peak memory).
  int wait_exit(std::chrono::milliseconds timeout = std::chrono::seconds(10), struct rusage* usage = nullptr);

  pid_t pid() const { return m_pid; }

private:
  void read_some(int timeout_ms);

  int m_master = -1;
  pid_t m_pid = -1;
  std::string m_output;
};

} // namespace stretch::test
