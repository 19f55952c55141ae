// The history log on disk: appended to by every session, never rewritten.
#include "history/log_file.h"

#include "library/paths.h"
#include "util/file.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

namespace stretch::history {
namespace {

// Makes `folder` and the folders above it that are missing, each 0700.
bool make_folders(const std::filesystem::path& folder)
{
  if (folder.empty()) {
    return true;
  }
  struct stat info = {};
  if (::stat(folder.c_str(), &info) == 0) {
    errno = ENOTDIR;
    return S_ISDIR(info.st_mode);
  }
  if (!make_folders(folder.parent_path())) {
    return false;
  }
  return ::mkdir(folder.c_str(), 0700) == 0 || errno == EEXIST;
}

// Writes all of `text` with one write() call; a short write is an error, never retried in
// pieces that another process could interleave with.
bool write_once(int fd, std::string_view text)
{
  ssize_t written = 0;
  do {
    written = ::write(fd, text.data(), text.size());
  } while (written < 0 && errno == EINTR);
  return written == static_cast<ssize_t>(text.size());
}

// Creates the log with its header, atomically: written to a temporary file first, then
// linked into place, so no session ever sees a log without its header. False, with errno,
// on failure; an existing log is no failure.
bool create_with_header(const std::filesystem::path& path)
{
  std::string temporary = path.string() + ".XXXXXX";
  const int fd = ::mkstemp(temporary.data());
  if (fd < 0) {
    return false;
  }
  ::fchmod(fd, 0600);
  const bool written = write_once(fd, log_header());
  const int saved = errno;
  ::close(fd);
  const bool linked = written && (::link(temporary.c_str(), path.c_str()) == 0 || errno == EEXIST);
  const int link_errno = errno;
  ::unlink(temporary.c_str());
  errno = written ? link_errno : saved;
  return linked;
}

} // namespace

std::optional<std::filesystem::path> log_path(const util::EnvLookup& env)
{
  if (const char* file = env("STRETCH_HISTORY"); file != nullptr && file[0] != '\0') {
    return std::filesystem::path(file);
  }
  if (auto state = library::xdg_dir(env, "XDG_STATE_HOME", ".local/state")) {
    return *state / "stretch" / "history.tsv";
  }
  return std::nullopt;
}

util::Expected<bool> append_line(const std::filesystem::path& path, std::string_view line)
{
  const auto failure = [](std::string_view what, const std::filesystem::path& where) {
    return util::Unexpected{fmt::format("{} {}: {}", what, where.string(), std::strerror(errno))};
  };
  if (!make_folders(path.parent_path())) {
    return failure("cannot make the folder", path.parent_path());
  }
  struct stat info = {};
  if (::stat(path.c_str(), &info) != 0 && errno == ENOENT && !create_with_header(path)) {
    return failure("cannot create", path);
  }
  const int fd = ::open(path.c_str(), O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC | O_NOCTTY, 0600);
  if (fd < 0) {
    return failure("cannot open", path);
  }
  // After a torn write (a crash, a full disk) the log may end in half a line; start on a
  // line of our own rather than lose this record in it.
  std::string text;
  char last = '\n';
  if (::fstat(fd, &info) == 0 && info.st_size > 0 && ::pread(fd, &last, 1, info.st_size - 1) == 1 && last != '\n') {
    text += '\n';
  }
  text += line;
  text += '\n';
  const bool written = write_once(fd, text);
  const int saved = errno;
  const bool closed = ::close(fd) == 0;
  if (!written || !closed) {
    errno = written ? errno : saved;
    if (errno == 0) {
      errno = EIO;
    }
    return failure("cannot write to", path);
  }
  return true;
}

LogContents parse_log(std::string_view text)
{
  LogContents contents;
  std::size_t number = 0;
  std::size_t start = 0;
  while (start < text.size()) {
    ++number;
    std::size_t end = text.find('\n', start);
    const bool complete = end != std::string_view::npos;
    if (!complete) {
      end = text.size();
    }
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    if (!line.empty() && line.back() == '\r') {
      line.remove_suffix(1);
    }
    if (line.empty() || line.front() == '#') {
      continue;
    }
    auto record = parse_record(line);
    if (!record) {
      contents.skipped.push_back({number, record.error()});
    } else if (!complete) {
      contents.skipped.push_back({number, "the last line is cut off"});
    } else {
      contents.records.push_back(std::move(*record));
    }
  }
  return contents;
}

util::Expected<LogContents> read_log(const std::filesystem::path& path)
{
  struct stat info = {};
  if (::stat(path.c_str(), &info) != 0 && errno == ENOENT) {
    return LogContents{};
  }
  auto text = util::read_file(path, k_max_log_size);
  if (!text) {
    return util::Unexpected{text.error()};
  }
  return parse_log(*text);
}

} // namespace stretch::history
