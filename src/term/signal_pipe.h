// SPDX-License-Identifier: MIT
// Turns the signals a session handles into bytes on a pipe, so that one poll() waits for
// keys, signals and the next deadline together.
#pragma once

#include <csignal>
#include <vector>

namespace stretch::term {

/// While alive, the signals it was given write their number to a pipe instead of taking
/// their default action. Only one may exist at a time.
class SignalPipe
{
public:
  /// Catches `signals`; ignores SIGPIPE, so that a closed output is an error, not a death.
  explicit SignalPipe(std::vector<int> signals);
  ~SignalPipe();
  SignalPipe(const SignalPipe&) = delete;
  SignalPipe& operator=(const SignalPipe&) = delete;

  /// The end of the pipe to poll for reading.
  int fd() const { return m_read_fd; }

  /// The signals caught since the last call, oldest first.
  std::vector<int> drain();

  /// Gives `signal` its default action back, until `catch_again`.
  void release(int signal);

  /// Catches `signal` again after `release`.
  void catch_again(int signal);

private:
  std::vector<int> m_signals;
  std::vector<struct sigaction> m_saved;
  struct sigaction m_saved_pipe = {};
  int m_read_fd = -1;
  int m_write_fd = -1;
};

} // namespace stretch::term
