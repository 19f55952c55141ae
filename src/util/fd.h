// SPDX-License-Identifier: MIT
// Owning a file descriptor: closed when it goes out of scope, whatever the way out.
#pragma once

#include <string_view>
#include <unistd.h>

namespace stretch::util {

/// Closes the file descriptor it holds (when not negative) on destruction.
class Fd
{
public:
  explicit Fd(int fd) : m_fd(fd) {}
  ~Fd()
  {
    if (m_fd >= 0) {
      ::close(m_fd);
    }
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;

  /// The file descriptor, still owned.
  int get() const { return m_fd; }

private:
  int m_fd;
};

/// Writes all of `text` to `fd`, going on after interruptions. Over a file size limit
/// (`ulimit -f`) the write fails with EFBIG instead of ending the process. Returns 0, or the
/// errno of the write that failed (EIO when nothing could be written).
int write_all(int fd, std::string_view text);

} // namespace stretch::util
