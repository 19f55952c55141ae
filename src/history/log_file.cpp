// SPDX-License-Identifier: MIT
// The history log on disk: appended to by every session, never rewritten, read as a
// stream so that its length costs time but never memory.
#include "history/log_file.h"

#include "i18n/format.h"
#include "util/xdg.h"
#include "util/fd.h"
#include "util/file.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace stretch::history {
namespace {

constexpr std::size_t k_chunk = 64 * 1024;
constexpr std::size_t k_skipped_kept = 5;
// How long a session waits for another one to finish writing its line.
constexpr auto k_lock_wait = std::chrono::seconds(2);

// The failure of `what` on `where`, with the error of the moment.
// `message` (a sentence of {file} and {reason}) about `where`, with the reason `error` gives.
util::Unexpected failure(const char* message, const std::filesystem::path& where, int error)
{
  return util::Unexpected{i18n::trf(message, fmt::arg("file", where.string()), fmt::arg("reason", std::strerror(error)))};
}

// Opens the log with `flags`, refusing what it must not touch. Never blocks: not on a
// FIFO, not on a device.
util::Expected<int> open_log(const LogPath& log, int flags)
{
  if (!log.named) {
    struct stat folder = {};
    const auto parent = log.path.parent_path();
    if (::stat(parent.empty() ? "." : parent.c_str(), &folder) == 0 && folder.st_uid != ::geteuid()) {
      return util::Unexpected{i18n::trf("{folder} belongs to another user; set STRETCH_HISTORY to use a log there",
                                        fmt::arg("folder", parent.string()))};
    }
  }
  const int fd = ::open(log.path.c_str(), flags | O_NONBLOCK | O_CLOEXEC | O_NOCTTY | (log.named ? 0 : O_NOFOLLOW), 0600);
  if (fd < 0) {
    if (errno == ELOOP && !log.named) {
      return util::Unexpected{i18n::trf("{file} is a symbolic link; set STRETCH_HISTORY to it to use it anyway",
                                        fmt::arg("file", log.path.string()))};
    }
    return util::Unexpected{std::strerror(errno)};
  }
  struct stat info = {};
  if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
    ::close(fd);
    return util::Unexpected{i18n::trf("{file} is not a regular file", fmt::arg("file", log.path.string()))};
  }
  ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
  return fd;
}

// Opens the log for reading as `open_log` does, and calls `read` with it and its size;
// a log that does not exist yet reads as empty.
util::Expected<ReadSummary> read_with(const LogPath& log,
                                      const std::function<util::Expected<ReadSummary>(int fd, std::size_t size)>& read)
{
  struct stat exists = {};
  if (::lstat(log.path.c_str(), &exists) != 0 && errno == ENOENT) {
    return ReadSummary{};
  }
  const auto opened = open_log(log, O_RDONLY);
  if (!opened) {
    return util::Unexpected{opened.error()};
  }
  const util::Fd fd(*opened);
  struct stat info = {};
  ::fstat(fd.get(), &info);
  return read(fd.get(), static_cast<std::size_t>(info.st_size));
}

// Takes a write lock on the whole of `fd`, waiting a while for another writer. A file
// system without locks is no reason to lose the session: then it goes on unlocked.
bool lock(int fd)
{
  struct flock whole = {};
  whole.l_type = F_WRLCK;
  whole.l_whence = SEEK_SET;
  const auto give_up = std::chrono::steady_clock::now() + k_lock_wait;
  while (::fcntl(fd, F_SETLK, &whole) != 0) {
    if (errno != EAGAIN && errno != EACCES && errno != EINTR) {
      return true;
    }
    if (std::chrono::steady_clock::now() > give_up) {
      return false;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  return true;
}

// Writes all of `text` at the end of `fd`; on failure cuts the file back to `size` and
// returns the errno.
int write_whole(int fd, std::string_view text, off_t size)
{
  const int error = util::write_all(fd, text);
  if (error != 0 && ::ftruncate(fd, size) != 0) {
    // Nothing better to do: the reader skips a torn line.
  }
  return error;
}

// Keeps count of skipped lines, and the first few.
void note_skipped(ReadSummary& summary, SkippedLine&& skipped)
{
  if (summary.first_skipped.size() < k_skipped_kept) {
    summary.first_skipped.push_back(std::move(skipped));
  }
  ++summary.skipped;
}

} // namespace

std::optional<LogPath> log_path(const util::EnvLookup& env)
{
  if (const char* file = env("STRETCH_HISTORY"); file != nullptr && file[0] != '\0') {
    return LogPath{file, true};
  }
  if (auto state = util::xdg_dir(env, "XDG_STATE_HOME", ".local/state")) {
    return LogPath{*state / "stretch" / "history.tsv", false};
  }
  return std::nullopt;
}

util::Expected<bool> append_line(const LogPath& log, std::string_view line)
{
  const std::filesystem::path folder = log.path.parent_path();
  if (const int error = util::make_private_folders(folder); error != 0) {
    return failure(N_("cannot make the folder {file}: {reason}"), folder, error);
  }
  const auto opened = open_log(log, O_RDWR | O_APPEND | O_CREAT);
  if (!opened) {
    return util::Unexpected{
      i18n::trf("cannot open {file}: {reason}", fmt::arg("file", log.path.string()), fmt::arg("reason", opened.error()))};
  }
  const util::Fd fd(*opened);
  if (!lock(fd.get())) {
    return util::Unexpected{i18n::trf("{file} is locked by another program", fmt::arg("file", log.path.string()))};
  }
  struct stat info = {};
  if (::fstat(fd.get(), &info) != 0) {
    return failure(N_("cannot write to {file}: {reason}"), log.path, errno);
  }
  std::string text;
  char last = '\n';
  if (info.st_size == 0) {
    text = log_header();
  } else if (::pread(fd.get(), &last, 1, info.st_size - 1) == 1 && last != '\n') {
    text += '\n'; // a line cut off by a crash: start on a line of our own
  }
  text += line;
  text += '\n';
  if (const int error = write_whole(fd.get(), text, info.st_size); error != 0) {
    return failure(N_("cannot write to {file}: {reason}"), log.path, error);
  }
  return true; // closing releases the lock
}

LogParser::LogParser(OnRecord on_record, OnSkipped on_skipped)
  : m_on_record(std::move(on_record)), m_on_skipped(std::move(on_skipped))
{
}

void LogParser::line(std::string_view text, bool complete)
{
  if (m_numbered) {
    ++m_number;
  }
  const std::size_t number = m_numbered ? m_number : 0;
  if (m_too_long) {
    m_too_long = false;
    m_on_skipped({number, i18n::tr("the line is too long")});
    return;
  }
  if (!text.empty() && text.back() == '\r') {
    text.remove_suffix(1);
  }
  if (text.empty() || text.front() == '#') {
    return;
  }
  if (!complete) {
    // A session is written whole, with its line end: a line without one is a copy that a
    // sync engine has not finished, and the rest of it comes with the next sync.
    m_on_skipped({number, i18n::tr("the last line is cut off (a copy still being synced?)")});
    return;
  }
  const auto format = read_record(text, m_record);
  if (!format) {
    m_on_skipped({number, format.error()});
  } else {
    m_on_record(m_record, *format == k_format_version ? text : std::string_view());
  }
}

void LogParser::feed(std::string_view bytes)
{
  while (!bytes.empty()) {
    const std::size_t end = bytes.find('\n');
    const std::string_view piece = bytes.substr(0, end);
    if (m_partial.empty() && !m_too_long && end != std::string_view::npos && piece.size() <= k_max_log_line) {
      line(piece, true); // a whole line in this piece: read where it is
      bytes.remove_prefix(end + 1);
      continue;
    }
    if (m_too_long || m_partial.size() + piece.size() > k_max_log_line) {
      m_too_long = true;
      m_partial.clear();
    } else {
      m_partial += piece;
    }
    if (end == std::string_view::npos) {
      return;
    }
    line(m_partial, true);
    m_partial.clear();
    bytes.remove_prefix(end + 1);
  }
}

void LogParser::finish()
{
  if (!m_partial.empty() || m_too_long) {
    line(m_partial, false);
    m_partial.clear();
  }
}

util::Expected<ReadSummary> read_log(const LogPath& log, const LogParser::OnRecord& on_record)
{
  return read_with(log, [&](int fd, std::size_t /*size*/) -> util::Expected<ReadSummary> {
    ReadSummary summary;
    LogParser parser(on_record, [&](SkippedLine&& skipped) { note_skipped(summary, std::move(skipped)); });
    std::string buffer(k_chunk, '\0');
    while (true) {
      const ssize_t got = ::read(fd, buffer.data(), buffer.size());
      if (got < 0 && errno == EINTR) {
        continue;
      }
      if (got < 0) {
        return util::Unexpected{std::strerror(errno)};
      }
      if (got == 0) {
        break;
      }
      parser.feed(std::string_view(buffer.data(), static_cast<std::size_t>(got)));
    }
    parser.finish();
    return summary;
  });
}

std::optional<int> log_format(const LogPath& log)
{
  const util::Fd fd(::open(log.path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY));
  char buffer[64] = {};
  const ssize_t got = fd.get() < 0 ? -1 : ::pread(fd.get(), buffer, sizeof buffer - 1, 0);
  constexpr std::string_view k_start = "# stretch history, format ";
  const std::string_view text(buffer, got > 0 ? static_cast<std::size_t>(got) : 0);
  if (!text.starts_with(k_start)) {
    return std::nullopt;
  }
  int format = 0;
  for (std::size_t at = k_start.size(); at < text.size() && text[at] >= '0' && text[at] <= '9' && format < 1000; ++at) {
    format = format * 10 + (text[at] - '0');
  }
  return format > 0 ? std::optional(format) : std::nullopt;
}

util::Expected<ReadSummary> read_recent(const LogPath& log, Seconds since, const LogParser::OnRecord& on_record)
{
  return read_with(log, [&](int fd, std::size_t size) -> util::Expected<ReadSummary> {
    ReadSummary summary;
    const Seconds stop_before = since - std::chrono::days(1);
    bool older_seen = false;
    LogParser parser(
      [&](const SessionRecord& record, std::string_view line) {
        if (record.start < stop_before) {
          older_seen = true;
        }
        if (record.start >= since) {
          on_record(record, line);
        }
      },
      [&](SkippedLine&& skipped) { note_skipped(summary, std::move(skipped)); });
    parser.number_lines_from(0);
    std::size_t end = size;
    std::string carry; // the start of a line whose beginning lies further back
    std::string buffer;
    std::size_t total = 0;
    bool last_chunk = true;
    while (end > 0 && !older_seen) {
      if (total >= k_max_recent_size) {
        summary.partial = true;
        break;
      }
      const std::size_t begin = end > k_chunk ? end - k_chunk : 0;
      buffer.resize(end - begin);
      const ssize_t got = ::pread(fd, buffer.data(), buffer.size(), static_cast<off_t>(begin));
      if (got != static_cast<ssize_t>(buffer.size())) {
        return util::Unexpected{got < 0 ? std::strerror(errno) : i18n::tr("the log changed while it was read")};

      }
      total += buffer.size();
      buffer += carry;
      // The first piece may be the end of a line that starts in the chunk before.
      const std::size_t first_end = begin == 0 ? 0 : buffer.find('\n');
      if (first_end == std::string::npos) {
        carry = std::move(buffer);
        end = begin;
        continue;
      }
      const std::size_t from = begin == 0 ? 0 : first_end + 1;
      carry = buffer.substr(0, from);
      std::string_view whole(buffer.data() + from, buffer.size() - from);
      parser.feed(whole);
      if (last_chunk) {
        parser.finish(); // the log's last line, if it has no line end, was cut off
        last_chunk = false;
      }
      end = begin;
    }
    if (end == 0 && !carry.empty()) {
      parser.feed(carry);
      parser.finish();
    }
    return summary;
  });
}

} // namespace stretch::history
