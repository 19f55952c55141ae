// SPDX-License-Identifier: MIT
#include "history/log_file.h"
#include "support/log_contents.h"

#include "support/fake_env.h"
#include "support/read_text.h"
#include "support/records.h"
#include "support/temp_dir.h"

#include <doctest/doctest.h>
#include <algorithm>
#include <map>
#include <set>
#include <fcntl.h>
#include <fmt/chrono.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace stretch;
using namespace stretch::history;

namespace {

mode_t mode_of(const std::filesystem::path& path)
{
  struct stat info = {};
  ::stat(path.c_str(), &info);
  return info.st_mode & 0777;
}

const std::string k_line = "2026-11-26T21:03:53+01:00\tcalf\tdone\t190\t12\t12\t-\t-";

LogPath at(const std::filesystem::path& path, bool named = false)
{
  return LogPath{path, named};
}

} // namespace

TEST_SUITE_BEGIN("history/log_file");

TEST_CASE("log_path")
{
  const std::map<std::string, std::string> plain{{"HOME", "/home/r"}};
  const std::map<std::string, std::string> state{{"HOME", "/home/r"}, {"XDG_STATE_HOME", "/state"}};
  const std::map<std::string, std::string> file{{"HOME", "/home/r"}, {"STRETCH_HISTORY", "/tmp/h.tsv"}};
  CHECK(log_path(test::fake_env(plain))->path == "/home/r/.local/state/stretch/history.tsv");
  CHECK_FALSE(log_path(test::fake_env(plain))->named);
  CHECK(log_path(test::fake_env(state))->path == "/state/stretch/history.tsv");
  CHECK(log_path(test::fake_env(file))->path == "/tmp/h.tsv");
  CHECK(log_path(test::fake_env(file))->named);
}

TEST_CASE("append_line")
{
  const test::TempDir dir;
  const auto path = dir.path() / "a/b/history.tsv";
  SUBCASE("a new log: private folders and file, the header first")
  {
    REQUIRE(append_line(at(path), k_line));
    REQUIRE(append_line(at(path), k_line));
    CHECK(test::read_text(path) == log_header() + k_line + "\n" + k_line + "\n");
    CHECK(mode_of(path) == 0600);
    CHECK(mode_of(dir.path() / "a/b") == 0700);
    CHECK(mode_of(dir.path() / "a") == 0700);
    CHECK(std::distance(std::filesystem::directory_iterator(dir.path() / "a/b"), {}) == 1); // no temporary left
  }
  SUBCASE("an existing empty log gets the header too")
  {
    dir.write("a/b/history.tsv", "");
    REQUIRE(append_line(at(path), k_line));
    CHECK(test::read_text(path) == log_header() + k_line + "\n");
  }
  SUBCASE("after a torn write, the next record starts on its own line")
  {
    dir.write("a/b/history.tsv", log_header() + "2026-11-25T21:0");
    REQUIRE(append_line(at(path), k_line));
    const auto contents = test::parse_log(test::read_text(path));
    REQUIRE(contents.records.size() == 1);
    REQUIRE(contents.skipped.size() == 1);
    CHECK(contents.skipped[0].line == 3);
  }
  SUBCASE("an existing log is never rewritten")
  {
    const std::string before = "# my own notes\n" + k_line + "\n";
    dir.write("a/b/history.tsv", before);
    REQUIRE(append_line(at(path), k_line));
    CHECK(test::read_text(path) == before + k_line + "\n");
  }
  SUBCASE("a folder where the log should be cannot be made")
  {
    dir.write("file", "x");
    const auto result = append_line(at(dir.path() / "file/history.tsv"), k_line);
    REQUIRE_FALSE(result);
    CHECK(result.error() == "cannot make the folder " + (dir.path() / "file").string() + ": Not a directory");
  }
  SUBCASE("a device is no log, even when named")
  {
    const auto result = append_line(at("/dev/full", true), k_line);
    REQUIRE_FALSE(result);
    CHECK(result.error() == "cannot open /dev/full: /dev/full is not a regular file");
  }
  SUBCASE("a FIFO is refused at once, with or without a reader")
  {
    const auto fifo = dir.path() / "fifo.tsv";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    const auto result = append_line(at(fifo, true), k_line);
    REQUIRE_FALSE(result);
    CHECK(result.error() == "cannot open " + fifo.string() + ": " + fifo.string() + " is not a regular file");
    const int reader = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);
    const auto with_reader = append_line(at(fifo, true), k_line);
    ::close(reader);
    REQUIRE_FALSE(with_reader);
    CHECK(with_reader.error() == "cannot open " + fifo.string() + ": " + fifo.string() + " is not a regular file");
  }
  SUBCASE("a symbolic link planted where the log goes is not followed, nor its target made")
  {
    std::filesystem::create_directories(dir.path() / "a/b");
    const auto target = dir.path() / "victim.txt";
    std::filesystem::create_symlink(target, path);
    const auto result = append_line(at(path), k_line);
    REQUIRE_FALSE(result);
    CHECK(result.error() == "cannot open " + path.string() + ": " + path.string()
                              + " is a symbolic link; set STRETCH_HISTORY to it to use it anyway");
    CHECK_FALSE(std::filesystem::exists(target));
    SUBCASE("unless the user named it")
    {
      REQUIRE(append_line(at(path, true), k_line));
      CHECK(test::read_text(target) == log_header() + k_line + "\n");
    }
  }
  SUBCASE("a short write (the file size limit, as a full disk) leaves the log as it was, and says why")
  {
    const std::string before = log_header() + k_line + "\n";
    dir.write("a/b/history.tsv", before);
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
      // Room for part of the line only: write() stops short, then fails.
      const rlimit limit{before.size() + 20, before.size() + 20};
      ::setrlimit(RLIMIT_FSIZE, &limit);
      const auto result = append_line(at(path), k_line);
      ::_exit(!result && result.error() == "cannot write to " + path.string() + ": File too large" ? 0 : 1);
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    CHECK(test::read_text(path) == before);
  }
  SUBCASE("a read-only folder")
  {
    if (::geteuid() == 0) {
      MESSAGE("skipped: root may write to read-only folders");
      return;
    }
    std::filesystem::create_directories(dir.path() / "ro");
    ::chmod((dir.path() / "ro").c_str(), 0500);
    const auto result = append_line(at(dir.path() / "ro/history.tsv"), k_line);
    REQUIRE_FALSE(result);
    CHECK(result.error() == "cannot open " + (dir.path() / "ro/history.tsv").string() + ": Permission denied");
  }
}

TEST_CASE("append_line from 8 processes at once loses, mixes and adds nothing")
{
  const test::TempDir dir;
  const auto path = dir.path() / "history.tsv";
  constexpr int k_processes = 8;
  constexpr int k_sessions = 200;
  std::vector<pid_t> children;
  for (int p = 0; p < k_processes; ++p) {
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
      for (int s = 0; s < k_sessions; ++s) {
        // Each line names its writer and its number, and is long, to make mixing visible.
        const std::string line = "2026-11-26T21:03:53+01:00\tp" + std::to_string(p) + "\tdone\t" + std::to_string(s)
                                 + "\t0\t0\t" + std::string(200, static_cast<char>('a' + p)) + "=yes\t-";
        if (!append_line(at(path), line)) {
          ::_exit(1);
        }
      }
      ::_exit(0);
    }
    children.push_back(child);
  }
  for (const pid_t child : children) {
    int status = 0;
    ::waitpid(child, &status, 0);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
  }
  const std::string text = test::read_text(path);
  CHECK(text.find("\n\n") == std::string::npos); // no blank lines
  const auto contents = test::parse_log(text);
  CHECK(contents.skipped.empty());
  REQUIRE(contents.records.size() == k_processes * k_sessions);
  std::map<std::string, std::set<long long>> seen;
  for (const auto& record : contents.records) {
    seen[record.routine].insert(record.active_seconds);
    CHECK(record.answers.at(0).question == std::string(200, static_cast<char>('a' + (record.routine[1] - '0'))));
  }
  CHECK(seen.size() == k_processes);
  for (const auto& [writer, numbers] : seen) {
    CHECK(numbers.size() == k_sessions);
  }
  CHECK(text.find("# stretch history") == 0);
  CHECK(text.find("# stretch history", 1) == std::string::npos);
}

TEST_CASE("parse_log skips what it cannot read, with line numbers")
{
  std::string text = log_header() + k_line + "\n" + "garbage\n\n" + std::string("\x00\x01\xff\tbinary\n", 11) + k_line
                     + "\r\n" + std::string(k_max_log_line + 1, 'x') + "\n" + "2026-11-26T21:03:53+01:00\tcalf\tdone\t19";
  const auto contents = test::parse_log(text);
  CHECK(contents.records.size() == 2);
  REQUIRE(contents.skipped.size() == 4);
  CHECK(contents.skipped[0].line == 4);
  CHECK(contents.skipped[0].why == "expected 12 fields, found 1");
  CHECK(contents.skipped[1].line == 6);
  CHECK(contents.skipped[2].line == 8);
  CHECK(contents.skipped[2].why == "the line is too long");
  CHECK(contents.skipped[3].line == 9);
  CHECK(contents.skipped[3].why == "the last line is cut off (a copy still being synced?)");
}

TEST_CASE("LogParser takes the log in pieces of any size")
{
  const std::string text = log_header() + k_line + "\n" + k_line + "\n";
  for (std::size_t piece = 1; piece <= 7; ++piece) {
    std::size_t records = 0;
    LogParser parser([&](const SessionRecord&, std::string_view) { ++records; }, [](SkippedLine&&) { FAIL("nothing to skip"); });
    for (std::size_t at = 0; at < text.size(); at += piece) {
      parser.feed(std::string_view(text).substr(at, piece));
    }
    parser.finish();
    CHECK(records == 2);
  }
}

namespace {

// A log of `count` daily sessions, one a day from 1 January 2020 on.
std::string daily_log(int count)
{
  std::string text = log_header();
  for (int i = 0; i < count; ++i) {
    const auto when = Seconds(std::chrono::sys_days(std::chrono::year{2020} / 1 / 1) + std::chrono::days(i))
                      + std::chrono::hours(8);
    SessionRecord record;
    record.start = when;
    record.start_text = fmt::format("{:%Y-%m-%dT%H:%M:%S}Z", when);
    record.routine = "calf";
    text += format_record(record) + "\n";
  }
  return text;
}

} // namespace

TEST_CASE("read_log streams the log")
{
  const test::TempDir dir;
  std::size_t count = 0;
  const auto counter = [&](const SessionRecord&, std::string_view) { ++count; };
  SUBCASE("an absent log is empty")
  {
    CHECK(read_log(at(dir.path() / "none.tsv"), counter)->skipped == 0);
    CHECK(count == 0);
  }
  SUBCASE("every record, once, over many reads")
  {
    const auto path = dir.write("h.tsv", daily_log(3000));
    const auto summary = read_log(at(path), counter);
    REQUIRE(summary);
    CHECK(count == 3000);
    CHECK_FALSE(summary->partial);
  }
  SUBCASE("a folder is no log")
  {
    CHECK_FALSE(read_log(at(dir.path(), true), counter));
  }
  SUBCASE("a FIFO is refused without blocking")
  {
    const auto fifo = dir.path() / "fifo.tsv";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    const auto summary = read_log(at(fifo, true), counter);
    REQUIRE_FALSE(summary);
    CHECK(summary.error() == fifo.string() + " is not a regular file");
  }
}

TEST_CASE("read_recent reads from the end, only as far back as it must")
{
  const test::TempDir dir;
  const auto path = dir.write("h.tsv", daily_log(3000) + "2027-03-19T08:00:00Z\tcal");
  std::vector<Seconds> starts;
  const Seconds since = Seconds(std::chrono::sys_days(std::chrono::year{2028} / 2 / 1));
  const auto summary = read_recent(at(path), since, [&](const SessionRecord& r, std::string_view) { starts.push_back(r.start); });
  REQUIRE(summary);
  // 3000 days from 2020-01-01 is 2028-03-18: February 2028 on is 47 days.
  CHECK(starts.size() == 47);
  CHECK(std::all_of(starts.begin(), starts.end(), [&](Seconds s) { return s >= since; }));
  CHECK(summary->skipped == 1); // the cut-off last line
  CHECK_FALSE(summary->partial);
}

TEST_SUITE_END();
