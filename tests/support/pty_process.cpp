// SPDX-License-Identifier: MIT
// Runs a program on a pseudo-terminal of its own, as if a user sat at it.
#include "support/pty_process.h"

#include "support/exec_args.h"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <poll.h>
#include <stdexcept>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

namespace stretch::test {

PtyProcess::PtyProcess(const std::vector<std::string>& argv, const std::map<std::string, std::string>& env,
                       unsigned short columns, unsigned short rows)
{
  m_master = ::posix_openpt(O_RDWR | O_NOCTTY);
  if (m_master < 0 || ::grantpt(m_master) != 0 || ::unlockpt(m_master) != 0) {
    throw std::runtime_error("cannot open a pseudo-terminal");
  }
  const std::string slave_name = ::ptsname(m_master);
  ExecStrings args(argv);
  ExecStrings envp = ExecStrings::environment(env);

  m_pid = ::fork();
  if (m_pid < 0) {
    throw std::runtime_error("fork failed");
  }
  if (m_pid == 0) {
    ::setsid();
    const int slave = ::open(slave_name.c_str(), O_RDWR);
    if (slave < 0) {
      ::_exit(126);
    }
    ::ioctl(slave, TIOCSCTTY, 0);
    winsize size = {};
    size.ws_col = columns;
    size.ws_row = rows;
    ::ioctl(slave, TIOCSWINSZ, &size);
    ::dup2(slave, 0);
    ::dup2(slave, 1);
    ::dup2(slave, 2);
    if (slave > 2) {
      ::close(slave);
    }
    ::close(m_master);
    // Default signal actions, whatever the test runner had.
    for (int s : {SIGINT, SIGTERM, SIGHUP, SIGTSTP, SIGTTIN, SIGTTOU, SIGPIPE, SIGQUIT}) {
      ::signal(s, SIG_DFL);
    }
    ::execve(args.data()[0], args.data(), envp.data());
    ::_exit(127);
  }
  ::fcntl(m_master, F_SETFL, O_NONBLOCK);
}

PtyProcess::~PtyProcess()
{
  if (m_pid > 0) {
    ::kill(m_pid, SIGKILL);
    int status = 0;
    ::waitpid(m_pid, &status, 0);
  }
  ::close(m_master);
}

void PtyProcess::resize(unsigned short columns, unsigned short rows)
{
  winsize size = {};
  size.ws_col = columns;
  size.ws_row = rows;
  ::ioctl(m_master, TIOCSWINSZ, &size);
}

void PtyProcess::send(std::string_view bytes)
{
  while (!bytes.empty()) {
    const ssize_t written = ::write(m_master, bytes.data(), bytes.size());
    if (written < 0 && (errno == EINTR || errno == EAGAIN)) {
      continue;
    }
    if (written <= 0) {
      return;
    }
    bytes.remove_prefix(static_cast<std::size_t>(written));
  }
}

void PtyProcess::read_some(int timeout_ms)
{
  pollfd fd{m_master, POLLIN, 0};
  if (::poll(&fd, 1, timeout_ms) <= 0) {
    return;
  }
  char buffer[4096];
  ssize_t got = 0;
  while ((got = ::read(m_master, buffer, sizeof buffer)) > 0) {
    m_output.append(buffer, static_cast<std::size_t>(got));
  }
}

bool PtyProcess::wait_for(std::string_view text, std::chrono::milliseconds timeout)
{
  return wait_for_after(text, 0, timeout) != std::string::npos;
}

std::size_t PtyProcess::wait_for_after(std::string_view text, std::size_t from, std::chrono::milliseconds timeout)
{
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  std::size_t found = std::string::npos;
  while ((found = m_output.find(text, std::min(from, m_output.size()))) == std::string::npos) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) {
      return std::string::npos;
    }
    read_some(static_cast<int>(std::min<long long>(left.count(), 50)));
  }
  return found;
}

int PtyProcess::wait_exit(std::chrono::milliseconds timeout, struct rusage* usage)
{
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  int status = 0;
  while (true) {
    read_some(10);
    struct rusage ignored = {};
    const pid_t done = ::wait4(m_pid, &status, WNOHANG, usage != nullptr ? usage : &ignored);
    if (done == m_pid) {
      break;
    }
    if (std::chrono::steady_clock::now() > deadline) {
      ::kill(m_pid, SIGKILL);
      ::waitpid(m_pid, &status, 0);
      m_pid = -1;
      throw std::runtime_error("the process did not end in time");
    }
  }
  m_pid = -1;
  read_some(0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

} // namespace stretch::test
