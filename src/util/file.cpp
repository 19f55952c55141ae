// SPDX-License-Identifier: MIT
// Reading whole files safely: never blocking on a FIFO, never reading without a limit.
#include "util/file.h"

#include "i18n/format.h"
#include "util/fd.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

namespace stretch::util {

int make_private_folders(const std::filesystem::path& folder)
{
  if (folder.empty()) {
    return 0;
  }
  struct stat info = {};
  if (::stat(folder.c_str(), &info) == 0) {
    return S_ISDIR(info.st_mode) ? 0 : ENOTDIR;
  }
  if (const int error = make_private_folders(folder.parent_path()); error != 0) {
    return error;
  }
  return ::mkdir(folder.c_str(), 0700) == 0 || errno == EEXIST ? 0 : errno;
}

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

namespace {

/// Reads `fd` to its end; `too_large` is the message when it holds more than `limit` bytes.
/// `expected`, when known, is how much there should be: room for it is made at once.
Expected<std::string> read_up_to(int fd, std::size_t limit, std::string_view too_large, std::size_t expected = 0)
{
  std::string content;
  content.reserve(std::min(expected, limit) + 1);
  char buffer[16384];
  while (true) {
    const ssize_t got = ::read(fd, buffer, sizeof buffer);
    if (got < 0 && errno == EINTR) {
      continue;
    }
    if (got < 0) {
      return Unexpected{std::strerror(errno)};
    }
    if (got == 0) {
      return content;
    }
    content.append(buffer, static_cast<std::size_t>(got));
    if (content.size() > limit) {
      return Unexpected{std::string(too_large)};
    }
  }
}

} // namespace

Expected<std::string> read_all(int fd, std::size_t limit)
{
  return read_up_to(fd, limit, i18n::trf("too large; the limit is {most}", fmt::arg("most", format_size(limit))));
}

Expected<std::string> read_file(const std::filesystem::path& path, std::size_t limit)
{
  const auto failure = [](std::string_view why) { return Unexpected{std::string(why)}; };
  const std::string too_large = i18n::trf("file is too large; the limit is {most}", fmt::arg("most", format_size(limit)));
  // O_NONBLOCK: opening a FIFO must not wait for a writer.
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) {
    return failure(std::strerror(errno));
  }
  const Fd guard(fd);
  struct stat info = {};
  if (::fstat(fd, &info) != 0) {
    return failure(std::strerror(errno));
  }
  if (S_ISDIR(info.st_mode)) {
    return failure(i18n::tr("is a folder, not a file"));
  }
  if (!S_ISREG(info.st_mode)) {
    return failure(i18n::tr("not a regular file"));

  }
  if (static_cast<unsigned long long>(info.st_size) > limit) {
    return failure(too_large);
  }
  // The file can grow between fstat and the reads: the limit holds regardless.
  return read_up_to(fd, limit, too_large, static_cast<std::size_t>(info.st_size));
}

Expected<bool> write_file(const std::filesystem::path& path, std::string_view text, bool replace, mode_t mode)
{
  const auto failure = [](const char* message, const std::filesystem::path& where) {
    return Unexpected{i18n::trf(message, fmt::arg("folder", where.string()), fmt::arg("reason", std::strerror(errno)))};
  };
  std::error_code ec;
  if (!path.parent_path().empty()) {
    std::filesystem::create_directories(path.parent_path(), ec);
  }
  if (ec) {
    errno = ec.value();
    return failure(N_("cannot make the folder {folder}: {reason}"), path.parent_path());
  }
  // Written under a temporary name first, so that the file is whole or absent.
  std::string temporary = path.string() + ".XXXXXX";
  const int fd = ::mkstemp(temporary.data());
  if (fd < 0) {
    return failure(N_("cannot write in {folder}: {reason}"), path.parent_path());
  }
  ::fchmod(fd, mode);
  int write_errno = write_all(fd, text);
  const bool written = ::close(fd) == 0 && write_errno == 0;
  write_errno = write_errno != 0 ? write_errno : errno;
  if (!written) {
    ::unlink(temporary.c_str());
    errno = write_errno;
    return failure(N_("cannot write {folder}: {reason}"), path);
  }
  const bool placed = replace ? ::rename(temporary.c_str(), path.c_str()) == 0
                              : ::link(temporary.c_str(), path.c_str()) == 0;
  const int place_errno = errno;
  ::unlink(temporary.c_str());
  if (!placed) {
    errno = place_errno;
    return errno == EEXIST ? Expected<bool>(false) : failure(N_("cannot write {folder}: {reason}"), path);
  }
  return true;
}

} // namespace stretch::util
