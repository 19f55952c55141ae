#include "history/log_file.h"

#include "support/fake_env.h"
#include "support/read_text.h"
#include "support/records.h"
#include "support/temp_dir.h"

#include <doctest/doctest.h>
#include <map>
#include <set>
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

const std::string k_line = "2026-11-26T21:03:53+01:00\tcalf\tdone\t190\t12\t12\t-";

} // namespace

TEST_SUITE_BEGIN("history/log_file");

TEST_CASE("log_path")
{
  const std::map<std::string, std::string> plain{{"HOME", "/home/r"}};
  const std::map<std::string, std::string> state{{"HOME", "/home/r"}, {"XDG_STATE_HOME", "/state"}};
  const std::map<std::string, std::string> file{{"HOME", "/home/r"}, {"STRETCH_HISTORY", "/tmp/h.tsv"}};
  CHECK(log_path(test::fake_env(plain)) == "/home/r/.local/state/stretch/history.tsv");
  CHECK(log_path(test::fake_env(state)) == "/state/stretch/history.tsv");
  CHECK(log_path(test::fake_env(file)) == "/tmp/h.tsv");
}

TEST_CASE("append_line")
{
  const test::TempDir dir;
  const auto path = dir.path() / "a/b/history.tsv";
  SUBCASE("a new log: private folders and file, the header first")
  {
    REQUIRE(append_line(path, k_line));
    REQUIRE(append_line(path, k_line));
    CHECK(test::read_text(path) == log_header() + k_line + "\n" + k_line + "\n");
    CHECK(mode_of(path) == 0600);
    CHECK(mode_of(dir.path() / "a/b") == 0700);
    CHECK(mode_of(dir.path() / "a") == 0700);
    CHECK(std::distance(std::filesystem::directory_iterator(dir.path() / "a/b"), {}) == 1); // no temporary left
  }
  SUBCASE("after a torn write, the next record starts on its own line")
  {
    dir.write("a/b/history.tsv", log_header() + "2026-11-25T21:0");
    REQUIRE(append_line(path, k_line));
    const auto contents = parse_log(test::read_text(path));
    REQUIRE(contents.records.size() == 1);
    REQUIRE(contents.skipped.size() == 1);
    CHECK(contents.skipped[0].line == 3);
  }
  SUBCASE("an existing log is never rewritten")
  {
    const std::string before = "# my own notes\n" + k_line + "\n";
    dir.write("a/b/history.tsv", before);
    REQUIRE(append_line(path, k_line));
    CHECK(test::read_text(path) == before + k_line + "\n");
  }
  SUBCASE("a folder where the log should be cannot be made")
  {
    dir.write("file", "x");
    const auto result = append_line(dir.path() / "file/history.tsv", k_line);
    REQUIRE_FALSE(result);
    CHECK(result.error() == "cannot make the folder " + (dir.path() / "file").string() + ": Not a directory");
  }
  SUBCASE("a full disk")
  {
    const auto result = append_line("/dev/full", k_line);
    REQUIRE_FALSE(result);
    CHECK(result.error() == "cannot write to /dev/full: No space left on device");
  }
  SUBCASE("a read-only folder")
  {
    if (::geteuid() == 0) {
      MESSAGE("skipped: root may write to read-only folders");
      return;
    }
    std::filesystem::create_directories(dir.path() / "ro");
    ::chmod((dir.path() / "ro").c_str(), 0500);
    const auto result = append_line(dir.path() / "ro/history.tsv", k_line);
    REQUIRE_FALSE(result);
    CHECK(result.error() == "cannot create " + (dir.path() / "ro/history.tsv").string() + ": Permission denied");
  }
}

TEST_CASE("append_line from 8 processes at once loses and mixes nothing")
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
                                 + "\t0\t0\t" + std::string(200, static_cast<char>('a' + p)) + "=yes";
        if (!append_line(path, line)) {
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
  const auto contents = parse_log(test::read_text(path));
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
  CHECK(test::read_text(path).find("# stretch history") == 0);
}

TEST_CASE("parse_log skips what it cannot read, with line numbers")
{
  std::string text = log_header() + k_line + "\n" + "garbage\n\n" + std::string("\x00\x01\xff\tbinary\n", 11) + k_line
                     + "\r\n" + "2026-11-26T21:03:53+01:00\tcalf\tdone\t19";
  const auto contents = parse_log(text);
  CHECK(contents.records.size() == 2);
  REQUIRE(contents.skipped.size() == 3);
  CHECK(contents.skipped[0].line == 4);
  CHECK(contents.skipped[0].why == "expected 7 fields, found 1");
  CHECK(contents.skipped[1].line == 6);
  CHECK(contents.skipped[2].line == 8);
  CHECK(contents.skipped[2].why == "expected 7 fields, found 4");
}

TEST_CASE("read_log")
{
  const test::TempDir dir;
  CHECK(read_log(dir.path() / "none.tsv")->records.empty());
  const auto path = dir.write("h.tsv", log_header() + k_line + "\n");
  CHECK(read_log(path)->records.size() == 1);
  CHECK_FALSE(read_log(dir.path()));
}

TEST_SUITE_END();
