// Reading whole files safely: never blocking on a FIFO, never reading without a limit.
#include "util/file.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

namespace stretch::util {
namespace {

// Closes a file descriptor when it goes out of scope.
class FdGuard
{
public:
  explicit FdGuard(int fd) : m_fd(fd) {}
  ~FdGuard()
  {
    if (m_fd >= 0) {
      ::close(m_fd);
    }
  }
  FdGuard(const FdGuard&) = delete;
  FdGuard& operator=(const FdGuard&) = delete;

private:
  int m_fd;
};

} // namespace

std::string format_size(std::size_t bytes)
{
  constexpr std::size_t k_kib = 1024;
  if (bytes >= k_kib * k_kib && bytes % (k_kib * k_kib) == 0) {
    return fmt::format("{} MiB", bytes / (k_kib * k_kib));
  }
  if (bytes >= k_kib && bytes % k_kib == 0) {
    return fmt::format("{} KiB", bytes / k_kib);
  }
  return fmt::format("{} bytes", bytes);
}

Expected<std::string> read_file(const std::filesystem::path& path, std::size_t limit)
{
  const auto failure = [](std::string_view why) { return Unexpected{std::string(why)}; };
  const auto too_large = [limit] {
    return Unexpected{fmt::format("file is too large; the limit is {}", format_size(limit))};
  };
  // O_NONBLOCK: opening a FIFO must not wait for a writer.
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) {
    return failure(std::strerror(errno));
  }
  const FdGuard guard(fd);
  struct stat info = {};
  if (::fstat(fd, &info) != 0) {
    return failure(std::strerror(errno));
  }
  if (S_ISDIR(info.st_mode)) {
    return failure("is a folder, not a file");
  }
  if (!S_ISREG(info.st_mode)) {
    return failure("not a regular file");
  }
  if (static_cast<unsigned long long>(info.st_size) > limit) {
    return too_large();
  }
  std::string content;
  char buffer[16384];
  while (true) {
    const ssize_t got = ::read(fd, buffer, sizeof buffer);
    if (got < 0 && errno == EINTR) {
      continue;
    }
    if (got < 0) {
      return failure(std::strerror(errno));
    }
    if (got == 0) {
      break;
    }
    content.append(buffer, static_cast<std::size_t>(got));
    if (content.size() > limit) {
      return too_large();
    }
  }
  return content;
}

} // namespace stretch::util
