// SPDX-License-Identifier: MIT
// The history as a user meets it: sessions logged by the real binary, then `stretch history`.
#include "e2e/cli_fixture.h"
#include "support/pty_process.h"
#include "support/read_text.h"

#include <algorithm>
#include <doctest/doctest.h>
#include <fmt/chrono.h>
#include <fstream>
#include <thread>
#include <sys/stat.h>
#include <unistd.h>

using namespace stretch::test;

namespace {

// Runs `routine` in a pseudo-terminal as a runner in a hurry would: on a dumb terminal (one
// line per step), Enter for each manual step, the right arrow for each timed one, and the
// next of `answers` for each question, given a moment after it shows. Returns what the
// terminal showed.
std::string skip_through(CliFixture& f, const std::string& routine, std::string answers)
{
  auto env = f.env;
  env["TERM"] = "dumb";
  PtyProcess pty({stretch_binary(), routine, "--no-bell"}, env);
  std::size_t seen = pty.wait_for_after(")\r\n", 0); // the title and the total time
  REQUIRE(seen != std::string::npos);
  seen += 3;
  while (true) {
    // The next line: a step starting, an event, or the summary.
    const std::size_t line_end = pty.wait_for_after("\r\n", seen);
    REQUIRE(line_end != std::string::npos);
    const std::string line = pty.output().substr(seen, line_end - seen);
    seen = line_end + 2;
    if (line.starts_with("Done") || line.starts_with("Stopped") || line.starts_with("Interrupted")) {
      break;
    }
    if (line.find(" DO THIS ") != std::string::npos) {
      pty.send("\r");
    } else if (line.find(" QUESTION ") != std::string::npos) {
      REQUIRE_FALSE(answers.empty());
      // A deliberate answer: the question in sight a second, no key in the second before.
      std::this_thread::sleep_for(std::chrono::milliseconds(1100));
      pty.send(answers.substr(0, 1));
      answers.erase(0, 1);
    } else if (line.find(" answer ") == std::string::npos && line.find(" skipped") == std::string::npos
               && !line.starts_with("No: ") && !line.starts_with("Yes: ")) {
      pty.send("\x1b[C");
    }
  }
  CHECK(pty.wait_exit() == 0);
  return pty.output();
}

// A routine of a few short holds, to log a session quickly.
std::filesystem::path quick_routine(CliFixture& f)
{
  return f.home.write("quick.stretch", "title Quick\nexercise E\n  contract 0.05s Hold.\n  relax 0.05s Let go.\n");
}

} // namespace

TEST_SUITE_BEGIN("e2e/history");

TEST_CASE("calf and midrun (answering no) then stretch history" * doctest::test_suite("slow"))
{
  CliFixture f;
  f.env["TERM"] = "xterm";
  f.env["TZ"] = "UTC0";
  skip_through(f, "calf", "");
  const std::string first = skip_through(f, "midrun", "nn"); // not after the laces, nor at the end
  CHECK(first.find("answer no: Then work the calf") != std::string::npos);
  CHECK(first.find("answer no: Call it a day") != std::string::npos);
  CHECK(first.find("Tip: For your next runs") != std::string::npos);
  CHECK(first.find("Your feet went numb") == std::string::npos); // once is not yet a pattern

  const auto log = f.home.path() / ".local/state/stretch/history.tsv";
  const std::string lines = read_text(log);
  CHECK(lines.find("# stretch history, format 4") == 0);
  CHECK(lines.find("\tcalf\tdone\t") != std::string::npos);
  CHECK(lines.find("\tmidrun\tdone\t") != std::string::npos);
  CHECK(lines.find("\tGive it a few steps. Is the feeling back in your feet?=no;Has the numbness gone?=no\tnumbness\t")
        != std::string::npos);

  f.env["NO_COLOR"] = "1";
  const auto history = f.run({"history"});
  CHECK(history.status == 0);
  CHECK(history.out.find("Streak: 1 day (longest 1 day)") == 0);
  CHECK(history.out.find("Mon  ") != std::string::npos);
  CHECK(history.out.find("less · ░ ▒ ▓ █ more") != std::string::npos);
  CHECK(history.out.find("  midrun  ") != std::string::npos);
  CHECK(history.out.find("numbness stayed") != std::string::npos);
  CHECK(history.out.find("  calf    ") != std::string::npos);
  CHECK(history.out.find("Your feet went numb") == std::string::npos);

  // A second no, on another day, brings the advice to see someone.
  {
    const auto yesterday = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()) - std::chrono::days(1);
    const std::string date = fmt::format("{:%Y-%m-%d}", fmt::gmtime(std::chrono::system_clock::to_time_t(yesterday)));
    std::ofstream(log, std::ios::app) << date << "T07:00:00Z\tmidrun\tdone\t300\t28\t28\tHas the numbness gone?=no\tnumbness\n";
    const std::string second = skip_through(f, "midrun", "nn");
    // Today twice and yesterday: two days, not three sessions.
    CHECK(second.find("Your feet went numb on 2 days in the last 30, and the numbness stayed on 2") != std::string::npos);
    const auto again = f.run({"history"});
    CHECK(again.out.find("Your feet went numb on 2 days in the last 30, and the numbness stayed on 2") != std::string::npos);
    CHECK(again.out.find("Numb feet on 2 days in the last 30; the numbness stayed on 2 days.") != std::string::npos);
  }
}

TEST_CASE("a log that cannot be written: one warning, the session runs, exit 0")
{
  CliFixture f;
  f.home.write("file", "x");
  const auto quick = quick_routine(f);
  for (const std::string& log : {std::string("/dev/full"), (f.home.path() / "file/history.tsv").string()}) {
    CAPTURE(log);
    f.env["STRETCH_HISTORY"] = log;
    const auto r = f.run({quick.string(), "--ready", "0"});
    CHECK(r.status == 0);
    CHECK(r.out.find("Done: Quick") != std::string::npos);
    CHECK(r.err.find("stretch: warning: this session is not logged: cannot ") == 0);
    CHECK(r.err.find(log == "/dev/full" ? log : (f.home.path() / "file").string()) != std::string::npos);
    CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
  }
  if (::geteuid() != 0) {
    std::filesystem::create_directories(f.home.path() / "ro");
    std::filesystem::permissions(f.home.path() / "ro", std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec);
    f.env["STRETCH_HISTORY"] = (f.home.path() / "ro/history.tsv").string();
    const auto r = f.run({quick.string(), "--ready", "0"});
    CHECK(r.status == 0);
    CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
  }
}

TEST_CASE("--no-log leaves no trace, while q and Ctrl-C are logged")
{
  CliFixture f;
  CHECK(f.run({quick_routine(f).string(), "--ready", "0", "--no-log"}).status == 0);
  const auto log = f.home.path() / ".local/state/stretch/history.tsv";
  CHECK_FALSE(std::filesystem::exists(log));
  f.env["TERM"] = "xterm";
  for (const char* key : {"qq", "\x03"}) {
    PtyProcess pty({stretch_binary(), "calf", "--ready", "0", "--no-bell"}, f.env);
    REQUIRE(pty.wait_for("STRETCH"));
    pty.send(key);
    pty.wait_exit();
  }
  const std::string lines = read_text(log);
  CHECK(lines.find("\tcalf\tstopped\t") != std::string::npos);
  CHECK(lines.find("\tcalf\tinterrupted\t") != std::string::npos);
}

TEST_CASE("a routine file whose name holds a line end cannot forge a session in the log")
{
  CliFixture f;
  const auto routine = f.home.write("x\n2026-11-26T08:00:00Z\tforged\tdone\t3600\t1\t1\t-\t-\n\x1b\x07.stretch",
                                    "title Quick\nexercise E\n  rest 0.05s\n");
  const auto r = f.run({routine.string(), "--ready", "0"});
  CHECK(r.status == 0);
  const std::string lines = read_text(f.home.path() / ".local/state/stretch/history.tsv");
  CHECK(std::count(lines.begin(), lines.end(), '\n') == 3); // the header's two lines, and one session
  CHECK(lines.find('\x1b') == std::string::npos);
  CHECK(lines.find('\x07') == std::string::npos);
  const auto history = f.run({"history", "--tsv"});
  CHECK(history.status == 0);
  CHECK(history.err.empty());
  CHECK(std::count(history.out.begin(), history.out.end(), '\n') == 2);
  CHECK(history.out.find("forged") != std::string::npos); // escaped, inside the name
  CHECK(history.out.find("\tforged\t") == std::string::npos);
}

TEST_CASE("a full disk: the log keeps no fragment, and the warning gives the real cause")
{
  CliFixture f;
  const auto log = f.home.path() / "history.tsv";
  const std::string before = "# stretch history, format 2\n" + std::string(1000, '#') + "\n";
  f.home.write("history.tsv", before);
  f.env["STRETCH_HISTORY"] = log.string();
  // A file size limit of 1 KiB: room for part of the line only.
  const auto r = run_process({"/bin/bash", "-c", "ulimit -f 1; exec \"$0\" \"$@\"", stretch_binary(),
                              quick_routine(f).string(), "--ready", "0"},
                             {f.env});
  CHECK(r.status == 0);
  CHECK(r.err == "stretch: warning: this session is not logged: cannot write to " + log.string() + ": File too large\n");
  CHECK(read_text(log) == before);
}

TEST_CASE("the log is never followed through a planted link, nor into a FIFO")
{
  CliFixture f;
  const auto state = f.home.path() / ".local/state/stretch";
  std::filesystem::create_directories(state);
  SUBCASE("a dangling link: its target is not made")
  {
    const auto target = f.home.path() / "victim";
    std::filesystem::create_symlink(target, state / "history.tsv");
    const auto r = f.run({quick_routine(f).string(), "--ready", "0"});
    CHECK(r.status == 0);
    CHECK(r.err.find("is a symbolic link; set STRETCH_HISTORY to it to use it anyway\n") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(target));
    CHECK(f.run({"history"}).status == 1);
  }
  SUBCASE("a FIFO: refused at once, the session ends")
  {
    REQUIRE(::mkfifo((state / "history.tsv").c_str(), 0600) == 0);
    const auto r = f.run({quick_routine(f).string(), "--ready", "0"});
    CHECK(r.status == 0);
    CHECK(r.err.find("is not a regular file\n") != std::string::npos);
    const auto history = f.run({"history"});
    CHECK(history.status == 1);
    CHECK(history.err.find("is not a regular file") != std::string::npos);
  }
}

TEST_CASE("dates outside the years the program can count with: skipped, each with a warning naming its line")
{
  CliFixture f;
  f.env["TZ"] = "UTC0";
  const auto log = f.home.write("history.tsv", read_text(source_dir() / "tests/fuzz-seeds/history/years.tsv"));
  f.env["STRETCH_HISTORY"] = log.string();
  const auto r = f.run({"history", "--since", "1970-01-01"});
  CHECK(r.status == 0);
  CHECK(r.err == "stretch: warning: " + log.string() + ":2: line skipped: start: year 0 is outside 1970 to 2199\n"
                 "stretch: warning: " + log.string() + ":3: line skipped: start: year 1677 is outside 1970 to 2199\n"
                 "stretch: warning: " + log.string() + ":4: line skipped: start: year 2263 is outside 1970 to 2199\n");
  // Each session on its own day, at the hour where it ran: the last day of 2199 at -12:00
  // (the first of 2200 in UTC) and the first of 1970 at +14:00 (the last of 1969 in UTC).
  CHECK(r.out.find("Last 2 sessions:\n  2199-12-31 23:59  calf") != std::string::npos);
  CHECK(r.out.find("  1970-01-01 00:00  midrun") != std::string::npos);
  CHECK(f.run({"history", "--since", "1677-01-01"}).status == 2);
}

TEST_CASE("sessions that end together: every one logged, no blank or torn lines")
{
  CliFixture f;
  f.sandbox.link("seq");
  f.home.write("quick.stretch", "title Quick\nexercise E\n  rest 0.02s\n");
  std::vector<std::string> script{"/bin/bash", "-c",
                                  "for i in $(seq 16); do \"$0\" quick.stretch --ready 0 & done; wait", stretch_binary()};
  const auto r = run_process(script, {f.env, f.home.path()});
  CHECK(r.status == 0);
  const std::string lines = read_text(f.home.path() / ".local/state/stretch/history.tsv");
  CHECK(lines.find("\n\n") == std::string::npos);
  CHECK(std::count(lines.begin(), lines.end(), '\n') == 2 + 16);
  const auto history = f.run({"history", "--tsv"});
  CHECK(history.err.empty());
  CHECK(std::count(history.out.begin(), history.out.end(), '\n') == 1 + 16);
}

TEST_SUITE_END();
