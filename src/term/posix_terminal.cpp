// SPDX-License-Identifier: MIT
// The real terminal: raw keys through termios, signals through a pipe, waiting with poll().
#include "term/posix_terminal.h"

#include "term/osc.h"
#include "util/sink.h"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <csignal>
#include <optional>
#include <poll.h>
#include <string>
#include <unistd.h>

namespace stretch::term {
namespace {

constexpr std::string_view k_hide_cursor = "\x1b[?25l";
constexpr std::string_view k_show_cursor = "\x1b[?25h";

// How long to wait for the rest of an escape sequence before taking ESC as the Escape key.
constexpr int k_escape_wait_ms = 30;

// The longest escape sequence waited for: a reply longer than this is junk.
constexpr std::size_t k_max_sequence = 4096;

} // namespace

bool is_terminal(int fd)
{
  return ::isatty(fd) == 1;
}

PosixTerminal::PosixTerminal(const PosixTerminalOptions& options)
  : m_options(options), m_out(options.out_fd),
    m_signals({SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP, SIGCONT, SIGWINCH, SIGCHLD})
{
  enter();
}

PosixTerminal::~PosixTerminal()
{
  leave();
}

void PosixTerminal::enter()
{
  if (m_options.keys) {
    termios saved = {};
    if (::tcgetattr(m_options.in_fd, &saved) == 0) {
      m_saved = saved;
      termios raw = saved;
      // Keys arrive one by one and are not echoed. ISIG stays on: Ctrl-C, Ctrl-Z and
      // Ctrl-\ still send their signals, which the session handles.
      raw.c_lflag &= ~static_cast<tcflag_t>(ICANON | ECHO | IEXTEN);
      raw.c_iflag &= ~static_cast<tcflag_t>(IXON);
      raw.c_cc[VMIN] = 1;
      raw.c_cc[VTIME] = 0;
      ::tcsetattr(m_options.in_fd, TCSANOW, &raw);
    }
  }
  if (m_options.hide_cursor) {
    write(k_hide_cursor);
  }
  if (m_options.title) {
    write(k_push_title);
  }
  m_entered = true;
}

void PosixTerminal::leave()
{
  if (!m_entered) {
    return;
  }
  m_entered = false;
  if (m_options.progress) {
    write(progress_bar_sequence(ProgressState::clear, 0, m_options.tmux));
  }
  if (m_options.title) {
    write(k_pop_title);
  }
  if (m_options.hide_cursor) {
    write(k_show_cursor);
  }
  if (m_reply_due) {
    // An answer to a query that came too late must not be typed into the shell.
    ::tcflush(m_options.in_fd, TCIFLUSH);
    m_reply_due = false;
  }
  if (m_saved) {
    ::tcsetattr(m_options.in_fd, TCSADRAIN, &*m_saved);
  }
}

void PosixTerminal::restore()
{
  leave();
  m_options.keys = false;
  m_options.hide_cursor = false;
  m_options.title = false;
  m_options.progress = false;
}

void PosixTerminal::write(std::string_view text)
{
  if (!m_out.gone()) { // nobody reads it any more: nothing more is written
    m_out.write(text);
  }
}

WindowSize PosixTerminal::size() const
{
  return window_size(m_options.out_fd, m_env);
}

void PosixTerminal::read_keys()
{
  std::string bytes;
  char buffer[256];
  while (true) {
    const ssize_t got = ::read(m_options.in_fd, buffer, sizeof buffer);
    if (got < 0 && errno == EINTR) {
      continue;
    }
    if (got <= 0) {
      // End of input: no more keys will come.
      m_options.keys = false;
      m_pending.push_back(Input{Input::Kind::end, {}, 0});
      return;
    }
    bytes.append(buffer, static_cast<std::size_t>(got));
    // A sequence cut at the end (an arrow key, a terminal's reply) may go on in the next
    // read; within reason.
    if (!ends_mid_sequence(bytes) || bytes.size() > k_max_sequence) {
      break;
    }
    pollfd more{m_options.in_fd, POLLIN, 0};
    if (::poll(&more, 1, k_escape_wait_ms) <= 0) {
      break;
    }
  }
  if (m_reply_due) {
    drop_late_reply(bytes);
  }
  for (const Key& key : decode_keys(bytes)) {
    m_pending.push_back(Input{Input::Kind::key, key, 0});
  }
}

void PosixTerminal::drop_late_reply(std::string& bytes)
{
  // The whole of a late answer decodes as one key that does nothing; its second half alone
  // (the first came before the query gave up) would read as letters: `b`, say, is a key.
  if (const auto reply = read_background_reply(bytes)) {
    bytes.erase(reply->begin, reply->end - reply->begin);
    m_reply_due = false;
    return;
  }
  const std::size_t end = std::min(bytes.find('\a'), bytes.find("\x1b\\"));
  if (end != std::string::npos
      && bytes.find_first_not_of("0123456789abcdefABCDEF/:rgb", 0) == end) {
    bytes.erase(0, end + (bytes[end] == '\a' ? 1 : 2));
    m_reply_due = false;
  }
}

Input PosixTerminal::wait(std::chrono::milliseconds timeout)
{
  if (m_out.gone()) {
    return Input{Input::Kind::gone, {}, 0};
  }
  if (m_pending.empty()) {
    // The output too, for no event but its end: a pipe whose reader closed it reports an
    // error, a terminal that hung up a hang-up.
    pollfd fds[3] = {{m_signals.fd(), POLLIN, 0}, {m_options.out_fd, 0, 0}, {m_options.in_fd, POLLIN, 0}};
    const nfds_t count = m_options.keys ? 3 : 2;
    const auto ms = std::clamp<long long>(timeout.count(), 0, INT_MAX);
    const int ready = ::poll(fds, count, static_cast<int>(ms));
    if (ready > 0 && (fds[0].revents & POLLIN) != 0) {
      for (const int signal : m_signals.drain()) {
        m_pending.push_back(Input{Input::Kind::signal, {}, signal});
      }
    }
    if (ready > 0 && (fds[1].revents & (POLLERR | POLLHUP | POLLNVAL)) != 0) {
      m_pending.push_back(Input{Input::Kind::gone, {}, 0});
    }
    if (ready > 0 && count == 3 && (fds[2].revents & (POLLIN | POLLHUP | POLLERR)) != 0) {
      read_keys();
    }
  }
  if (m_pending.empty()) {
    return Input{Input::Kind::timeout, {}, 0};
  }
  const Input next = m_pending.front();
  m_pending.pop_front();
  return next;
}

Background PosixTerminal::query_background(std::chrono::milliseconds timeout)
{
  if (!m_options.keys) {
    return Background::unknown;
  }
  write(k_background_query);
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  std::string bytes;
  std::optional<BackgroundReply> reply;
  while (!reply && bytes.size() < k_max_sequence) {
    const auto left = std::chrono::ceil<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    pollfd in{m_options.in_fd, POLLIN, 0};
    if (left.count() <= 0 || ::poll(&in, 1, static_cast<int>(left.count())) <= 0) {
      break;
    }
    char buffer[256];
    const ssize_t got = ::read(m_options.in_fd, buffer, sizeof buffer);
    if (got < 0 && errno == EINTR) {
      continue;
    }
    if (got <= 0) {
      break;
    }
    bytes.append(buffer, static_cast<std::size_t>(got));
    reply = read_background_reply(bytes);
  }
  m_reply_due = !reply;
  // What the user typed meanwhile still counts.
  std::string keys = reply ? bytes.substr(0, reply->begin) + bytes.substr(reply->end) : bytes;
  for (const Key& key : decode_keys(keys)) {
    m_pending.push_back(Input{Input::Kind::key, key, 0});
  }
  return reply ? reply->background : Background::unknown;
}

void PosixTerminal::suspend()
{
  leave();
  // Stop as Ctrl-Z would have without a handler; execution resumes here on `fg`.
  m_signals.release(SIGTSTP);
  ::raise(SIGTSTP);
  m_signals.catch_again(SIGTSTP);
  enter();
}

} // namespace stretch::term
