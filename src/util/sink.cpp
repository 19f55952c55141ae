// SPDX-License-Identifier: MIT
// Where output goes: a file descriptor in the program, a string in tests.
#include "util/sink.h"

#include <cerrno>
#include <poll.h>
#include <unistd.h>

namespace stretch::util {

void FdSink::write(std::string_view text)
{
  while (!text.empty()) {
    const ssize_t written = ::write(m_fd, text.data(), text.size());
    if (written < 0 && errno == EINTR) {
      continue;
    }
    if (written < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
      pollfd ready{m_fd, POLLOUT, 0};
      if (::poll(&ready, 1, 1000) > 0) {
        continue;
      }
      m_error = m_error != 0 ? m_error : EAGAIN;
      return;
    }
    if (written <= 0) {
      const int why = written < 0 ? errno : EIO;
      m_gone = m_gone || why == EPIPE || why == EIO || why == ENXIO || why == EBADF;
      m_error = m_error != 0 ? m_error : why;
      return;
    }
    text.remove_prefix(static_cast<std::size_t>(written));
  }
}

} // namespace stretch::util
