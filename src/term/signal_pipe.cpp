// SPDX-License-Identifier: MIT
// Turns the signals a session handles into bytes on a pipe.
#include "term/signal_pipe.h"

#include "error.h"
#include "i18n/catalog.h"

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace stretch::term {
namespace {

// The write end, for the handler: a signal handler can reach nothing else.
volatile sig_atomic_t g_write_fd = -1;

extern "C" void on_signal(int signal)
{
  const int saved_errno = errno;
  const auto byte = static_cast<unsigned char>(signal);
  // Non-blocking: if the pipe is full, the session has plenty to read already.
  [[maybe_unused]] const auto written = ::write(g_write_fd, &byte, 1);
  errno = saved_errno;
}

void set_flags(int fd)
{
  ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
  ::fcntl(fd, F_SETFD, FD_CLOEXEC);
}

struct sigaction catching()
{
  struct sigaction action = {};
  action.sa_handler = on_signal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESTART;
  return action;
}

} // namespace

SignalPipe::SignalPipe(std::vector<int> signals) : m_signals(std::move(signals))
{
  int fds[2];
  if (::pipe(fds) != 0) {
    throw Error(i18n::tr("cannot create a pipe for signals"));
  }
  m_read_fd = fds[0];
  m_write_fd = fds[1];
  set_flags(m_read_fd);
  set_flags(m_write_fd);
  g_write_fd = m_write_fd;
  const struct sigaction action = catching();
  m_saved.resize(m_signals.size());
  for (std::size_t i = 0; i < m_signals.size(); ++i) {
    ::sigaction(m_signals[i], &action, &m_saved[i]);
  }
  struct sigaction ignore = {};
  ignore.sa_handler = SIG_IGN;
  sigemptyset(&ignore.sa_mask);
  ::sigaction(SIGPIPE, &ignore, &m_saved_pipe);
}

SignalPipe::~SignalPipe()
{
  for (std::size_t i = 0; i < m_signals.size(); ++i) {
    ::sigaction(m_signals[i], &m_saved[i], nullptr);
  }
  ::sigaction(SIGPIPE, &m_saved_pipe, nullptr);
  g_write_fd = -1;
  ::close(m_read_fd);
  ::close(m_write_fd);
}

std::vector<int> SignalPipe::drain()
{
  std::vector<int> caught;
  unsigned char buffer[64];
  while (true) {
    const ssize_t got = ::read(m_read_fd, buffer, sizeof buffer);
    if (got < 0 && errno == EINTR) {
      continue;
    }
    if (got <= 0) {
      break;
    }
    caught.insert(caught.end(), buffer, buffer + got);
  }
  return caught;
}

void SignalPipe::release(int signal)
{
  struct sigaction action = {};
  action.sa_handler = SIG_DFL;
  sigemptyset(&action.sa_mask);
  ::sigaction(signal, &action, nullptr);
}

void SignalPipe::catch_again(int signal)
{
  const struct sigaction action = catching();
  ::sigaction(signal, &action, nullptr);
}

} // namespace stretch::term
