// SPDX-License-Identifier: MIT
// A session in a real pseudo-terminal: keys, signals, Ctrl-Z and fg, and the terminal
// settings (`stty -g`) the same afterwards as before, whatever the way out.
#include "support/process.h"
#include "support/pty_process.h"
#include "support/read_text.h"
#include "support/sandbox.h"
#include "support/scan.h"
#include "support/temp_dir.h"

#include <csignal>
#include <doctest/doctest.h>
#include <algorithm>
#include <cstdlib>
#include <map>
#include <memory>
#include <thread>

using namespace stretch::test;
using namespace std::chrono_literals;

namespace {

constexpr std::string_view k_routine = "title Quick\n"
                                       "exercise Calf\n"
                                       "  sides left right\n"
                                       "  reps 2\n"
                                       "  contract 1s Press the gas pedal.\n"
                                       "  relax 1s Let go.\n";

// A temporary home, a routine in it, and a shell script that records `stty -g` before and
// after running stretch, and stretch's exit status.
struct Session
{
  Sandbox sandbox{{"sh", "stty"}}; // for the script around the binary
  const TempDir& dir = sandbox.dir();
  std::filesystem::path routine = dir.write("quick.stretch", k_routine);
  std::map<std::string, std::string>& env = sandbox.env;

  Session() { env["TERM"] = "xterm-256color"; }

  // `stretch ARGS` between two `stty -g`; the pid goes to a file, for signals.
  std::vector<std::string> script(const std::string& args) const
  {
    const std::string d = dir.path().string();
    // bash, not sh: on Ctrl-C, dash dies with its child even when the child handles the
    // signal and exits; bash goes on when the child exits normally, as stretch does.
    return {"/bin/bash", "-c",
            "stty -g > '" + d + "/before'; sh -c 'echo $$ > \"$0\"; exec \"$@\"' '" + d + "/pid' '"
              + stretch_binary() + "' '" + routine.string() + "' " + args + "; echo \"rc=$?\" > '" + d
              + "/rc'; stty -g > '" + d + "/after'"};
  }

  std::string before() const { return read_text(dir.path() / "before"); }
  std::string after() const { return read_text(dir.path() / "after"); }
  std::string rc() const { return read_text(dir.path() / "rc"); }
  pid_t pid() const { return std::stoi(read_text(dir.path() / "pid")); }
};

} // namespace

TEST_SUITE_BEGIN("e2e/session");

TEST_CASE("a session with keys: pause, next, quit, and the terminal as it was")
{
  Session s;
  PtyProcess pty(s.script("--ready 0"), s.env);
  REQUIRE(pty.wait_for("CONTRACT"));
  pty.send(" ");
  REQUIRE(pty.wait_for("PAUSED"));
  pty.send(" ");
  pty.send("n");
  REQUIRE(pty.wait_for("RELAX"));
  pty.send("?");
  REQUIRE(pty.wait_for("q/Esc quit"));
  pty.send("q");
  REQUIRE(pty.wait_for("r go on · q stop now")); // a stray q can be undone
  pty.send("q");
  CHECK(pty.wait_exit() == 0);
  CHECK(pty.output().find("Stopped early\x1b[0m: Quick") != std::string::npos);
  CHECK(pty.output().find("\x1b[?25l") != std::string::npos); // cursor hidden while running
  CHECK(pty.output().find("\x1b[?25h") != std::string::npos); // and shown again
  CHECK(s.rc() == "rc=0\n");
  CHECK_FALSE(s.before().empty());
  CHECK(s.after() == s.before());
}

TEST_CASE("a session to its end, in color, with bells")
{
  Session s;
  s.dir.write("quick.stretch", "title Quick\nexercise Calf\n  sides left right\n  reps 2\n"
                               "  contract 0.05s Press the gas pedal.\n  relax 0.05s Let go.\n");
  PtyProcess pty(s.script("--ready 0"), s.env);
  CHECK(pty.wait_exit() == 0);
  CHECK(pty.output().find("Done\x1b[0m: Quick") != std::string::npos);
  CHECK(pty.output().find("4 of 4 holds done") != std::string::npos);
  CHECK(pty.output().find('\a') != std::string::npos);
  CHECK(pty.output().find("\x1b[1m\x1b[38;5;210mCONTRACT") != std::string::npos); // xterm-256color: the cube
  CHECK(s.after() == s.before());
  SUBCASE("on a terminal of 16 colors, the ANSI ones")
  {
    s.env["TERM"] = "xterm";
    PtyProcess sixteen(s.script("--ready 0"), s.env);
    CHECK(sixteen.wait_exit() == 0);
    CHECK(sixteen.output().find("\x1b[1m\x1b[91mCONTRACT") != std::string::npos);
  }
}

TEST_CASE("Ctrl-C stops with status 130 and the terminal as it was")
{
  Session s;
  PtyProcess pty(s.script("--ready 0"), s.env);
  REQUIRE(pty.wait_for("CONTRACT"));
  pty.send("\x03");
  CHECK(pty.wait_exit() == 0);
  CHECK(s.rc() == "rc=130\n");
  CHECK(pty.output().find("Interrupted\x1b[0m: Quick") != std::string::npos);
  CHECK(s.after() == s.before());
}

TEST_CASE("SIGTERM and SIGHUP end it by that signal, the terminal as it was")
{
  for (const int signal : {SIGTERM, SIGHUP}) {
    CAPTURE(signal);
    Session s;
    PtyProcess pty(s.script("--ready 0"), s.env);
    REQUIRE(pty.wait_for("CONTRACT"));
    ::kill(s.pid(), signal);
    CHECK(pty.wait_exit() == 0);
    CHECK(s.rc() == "rc=" + std::to_string(128 + signal) + "\n");
    CHECK(s.after() == s.before());
  }
}

TEST_CASE("Ctrl-Z gives the terminal back, and fg redraws it paused")
{
  Session s;
  const std::string d = s.dir.path().string();
  PtyProcess pty({"/bin/bash", "--norc", "--noprofile", "-i"}, s.env);
  pty.send("PS1='$ '; stty -g > " + d + "/before\n");
  pty.send(stretch_binary() + " " + s.routine.string() + " --ready 0\n");
  REQUIRE(pty.wait_for("CONTRACT"));
  pty.send("\x1a");
  REQUIRE(pty.wait_for("Stopped"));
  pty.send("stty -g > " + d + "/during; fg\n");
  REQUIRE(pty.wait_for("PAUSED"));
  pty.send("qq");
  REQUIRE(pty.wait_for("Stopped early"));
  pty.send("echo rc=$? > " + d + "/rc; stty -g > " + d + "/after; exit\n");
  CHECK(pty.wait_exit() == 0);
  CHECK(read_text(s.dir.path() / "during") == s.before());
  CHECK(s.after() == s.before());
  CHECK(s.rc() == "rc=0\n");
}

TEST_CASE("--plain | cat: one clean line per step")
{
  Sandbox sandbox({"cat"});
  sandbox.env["TERM"] = "xterm";
  const auto routine = sandbox.write("quick.stretch", "title Quick\nexercise Calf\n  sides left right\n  reps 2\n"
                                                      "  contract 0.02s Press the gas pedal.\n  relax 0.02s Let go.\n");
  const auto r = run_process({"/bin/sh", "-c", "\"$0\" \"$1\" --ready 0 --plain | cat", stretch_binary(), routine.string()},
                             {sandbox.env});
  CHECK(r.status == 0);
  CHECK(r.out.find('\x1b') == std::string::npos);
  CHECK(r.out.find('\a') == std::string::npos);
  CHECK(r.out.find("00:00 Calf LEFT rep 1/2 CONTRACT 0:00.0 Press the gas pedal.\n") != std::string::npos);
  CHECK(r.out.find("Done: Quick\n") != std::string::npos);
}

TEST_CASE("a routine from a pipe: read from standard input, keys from the terminal, logged")
{
  Session s;
  s.sandbox.link("cat");
  const std::string d = s.dir.path().string();
  PtyProcess pty({"/bin/bash", "-c",
                  "stty -g > '" + d + "/before'; cat '" + s.routine.string() + "' | '" + stretch_binary()
                    + "' - --ready 0; echo \"rc=$?\" > '" + d + "/rc'; stty -g > '" + d + "/after'"},
                 s.env);
  REQUIRE(pty.wait_for("CONTRACT"));
  pty.send("qq");
  CHECK(pty.wait_exit() == 0);
  CHECK(s.rc() == "rc=0\n");
  CHECK(s.after() == s.before());
  CHECK(pty.output().find("Stopped early\x1b[0m: Quick") != std::string::npos);
  // Named after its title, as import would name it.
  CHECK(read_text(s.dir.path() / ".local/state/stretch/history.tsv").find("\tquick\tstopped\t") != std::string::npos);
}

TEST_CASE("output that nobody reads: the session stops at once, is logged as interrupted, ends as by SIGPIPE")
{
  Sandbox sandbox({"head"});
  const auto routine = sandbox.write("long.stretch", "title Long\nexercise E\n  contract 30s Hold.\n");
  const auto start = std::chrono::steady_clock::now();
  const auto r = run_process({"/bin/bash", "-c", "\"$0\" \"$1\" --ready 0 | head -c1; echo \" rc=${PIPESTATUS[0]}\"",
                              stretch_binary(), routine.string()},
                             {sandbox.env});
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));
  CHECK(r.out == "L rc=141\n");
  const std::string log = read_text(sandbox.home() / ".local/state/stretch/history.tsv");
  CHECK(log.find("\tlong\tinterrupted\t") != std::string::npos);
}

TEST_CASE("--voice with no speech program says so once and goes on")
{
  Sandbox sandbox;
  const auto routine = sandbox.write("quick.stretch", "title Quick\nexercise Calf\n  contract 0.01s Press.\n");
  const auto r = run_process({stretch_binary(), routine.string(), "--ready", "0", "--voice"}, {sandbox.env});
  CHECK(r.status == 0);
  CHECK(r.err == "stretch: warning: --voice: no speech program found (espeak-ng, espeak, spd-say, say or termux-tts-speak); "
                 "going on without a voice\n");
  CHECK(r.out.find("Done: Quick") != std::string::npos);
}

TEST_CASE("the window title and the tab's progress bar, put back on every way out")
{
  for (const char* way : {"end", "q", "Ctrl-C"}) {
    CAPTURE(way);
    Session s;
    s.env["TERM_PROGRAM"] = "WezTerm";
    s.dir.write("quick.stretch", "title Quick\nexercise Calf\n  sides left right\n  contract 0.5s Press.\n");
    PtyProcess pty(s.script("--ready 0 --no-bell"), s.env);
    REQUIRE(pty.wait_for("\x1b]2;0:01 CONTRACT LEFT - stretch\x1b\\"));
    CHECK(pty.output().find("\x1b[22;0t") != std::string::npos); // the old title saved first
    CHECK(pty.wait_for("\x1b]9;4;1;")); // a progress bar, at whatever percent the first frame saw
    if (std::string_view(way) == "q") {
      pty.send("qq");
    } else if (std::string_view(way) == "Ctrl-C") {
      pty.send("\x03");
    }
    CHECK(pty.wait_exit() == 0);
    const std::string& out = pty.output();
    const std::size_t cleared = out.rfind("\x1b]9;4;0;0\x07");
    const std::size_t popped = out.rfind("\x1b[23;0t");
    REQUIRE(cleared != std::string::npos);
    REQUIRE(popped != std::string::npos);
    CHECK(out.find("\x1b]2;", popped) == std::string::npos); // no title set after it is put back
    CHECK(out.find("\x1b]9;4;1", cleared) == std::string::npos);
    CHECK(s.after() == s.before());
  }
  SUBCASE("--no-status: neither")
  {
    Session s;
    s.env["TERM_PROGRAM"] = "WezTerm";
    s.dir.write("quick.stretch", "title Quick\nexercise Calf\n  contract 0.2s Press.\n");
    PtyProcess pty(s.script("--ready 0 --no-bell --no-status"), s.env);
    CHECK(pty.wait_exit() == 0);
    CHECK(pty.output().find("\x1b]2;") == std::string::npos);
    CHECK(pty.output().find("\x1b]9;") == std::string::npos);
    CHECK(pty.output().find("\x1b[22;0t") == std::string::npos);
  }
}

TEST_CASE("TERM=dumb in a real terminal: one plain line per event, no cursor movement")
{
  for (const char* term : {"dumb", "no-such-terminal"}) {
    CAPTURE(term);
    Session s;
    s.env["TERM"] = term;
    s.dir.write("quick.stretch", "title Quick\nexercise Calf\n  sides left right\n  contract 0.05s Press.\n");
    PtyProcess pty(s.script("--ready 0 --no-bell"), s.env);
    CHECK(pty.wait_exit() == 0);
    // Colors may come (TERM is set), but nothing that moves the cursor or erases.
    const std::string& out = pty.output();
    CHECK_FALSE(moves_cursor(out));
    CHECK(out.find("00:00 Calf LEFT CONTRACT 0:00.0 Press.\r\n") != std::string::npos);
    CHECK(out.find("Done") != std::string::npos);
    CHECK(s.after() == s.before());
  }
}

TEST_CASE("a 5-row pane: every frame fits, the side on its first line, nothing scrolls")
{
  Session s;
  s.dir.write("quick.stretch", "title Quick\nexercise Calf\n  sides left right\n"
                               "  setup Hands on a wall, this leg back, heel down, and lean in until the calf will not "
                               "stretch any further.\n"
                               "  contract 0.5s Push the ball of the foot down hard, as if flooring the gas pedal, and "
                               "hold it there while the seconds on the screen count down.\n");
  PtyProcess pty(s.script("--ready 0.3 --no-bell"), s.env, 80, 5);
  CHECK(pty.wait_exit() == 0);
  // Each frame ends in "erase below"; between frames the cursor goes back to its start.
  const std::string& out = pty.output();
  std::size_t frames = 0;
  const std::size_t title_end = out.find('\n'); // the title line scrolls up as it should
  REQUIRE(title_end != std::string::npos);
  for (std::size_t start = title_end + 1, end; (end = out.find("\x1b[J", start)) != std::string::npos; start = end + 3) {
    const std::string frame = out.substr(start, end - start);
    if (frame.find("\x1b[K") == std::string::npos) {
      continue; // the area cleared, not drawn
    }
    ++frames;
    CHECK(1 + count_of(frame, "\r\n") <= 5); // rows
    CHECK((frame.find("LEFT") != std::string::npos || frame.find("RIGHT") != std::string::npos));
  }
  CHECK(frames >= 4);
  CHECK(s.after() == s.before());
}

TEST_CASE("a countdown in a real terminal shows every second once, in 20 runs at once")
{
  // STRETCH_COUNTDOWN_SECONDS=12 makes it the full 12-second check; the suite keeps it short.
  const char* wanted = std::getenv("STRETCH_COUNTDOWN_SECONDS");
  const int seconds = wanted != nullptr ? std::max(1, std::atoi(wanted)) : 2;
  constexpr int k_runs = 20;
  Sandbox sandbox;
  const auto routine = sandbox.write("count.stretch", "title Count\nexercise E\n  contract " + std::to_string(seconds) + "s Hold.\n");
  auto env = sandbox.env;
  env["TERM"] = "xterm-256color";
  env["NO_COLOR"] = "1";
  std::vector<std::unique_ptr<PtyProcess>> ptys;
  for (int i = 0; i < k_runs; ++i) {
    ptys.push_back(std::make_unique<PtyProcess>(
      std::vector<std::string>{stretch_binary(), routine.string(), "--ready", "0", "--no-bell", "--no-log"}, env));
  }
  std::vector<int> statuses(k_runs, -1);
  std::vector<std::thread> readers;
  for (int i = 0; i < k_runs; ++i) {
    readers.emplace_back([&, i] { statuses[static_cast<std::size_t>(i)] = ptys[static_cast<std::size_t>(i)]->wait_exit(std::chrono::seconds(seconds + 20)); });
  }
  for (std::thread& reader : readers) {
    reader.join();
  }
  for (int i = 0; i < k_runs; ++i) {
    CAPTURE(i);
    CHECK(statuses[static_cast<std::size_t>(i)] == 0);
    std::vector<int> seconds_shown;
    const std::string& out = ptys[static_cast<std::size_t>(i)]->output();
    for (const int second : numbers_after(out, "CONTRACT  0:")) {
      if (seconds_shown.empty() || seconds_shown.back() != second) {
        seconds_shown.push_back(second);
      }
    }
    std::vector<int> every;
    for (int second = seconds; second >= 1; --second) {
      every.push_back(second);
    }
    CHECK(seconds_shown == every);
  }
}

TEST_SUITE_END();
