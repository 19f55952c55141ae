// SPDX-License-Identifier: MIT
// Owning and writing file descriptors.
#include "util/fd.h"

#include <cerrno>
#include <csignal>

namespace stretch::util {

int write_all(int fd, std::string_view text)
{
  struct sigaction ignore = {};
  ignore.sa_handler = SIG_IGN;
  sigemptyset(&ignore.sa_mask);
  struct sigaction old = {};
  ::sigaction(SIGXFSZ, &ignore, &old);
  int error = 0;
  while (!text.empty()) {
    const ssize_t written = ::write(fd, text.data(), text.size());
    if (written < 0 && errno == EINTR) {
      continue;
    }
    if (written <= 0) {
      error = written < 0 ? errno : EIO;
      break;
    }
    text.remove_prefix(static_cast<std::size_t>(written));
  }
  ::sigaction(SIGXFSZ, &old, nullptr);
  return error;
}

} // namespace stretch::util
