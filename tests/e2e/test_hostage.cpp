// SPDX-License-Identifier: MIT
// Never held hostage: the real binary on a real pseudo-terminal, with the programs a real
// phone or laptop holds, some of them broken: a sound player that hangs and ignores
// SIGTERM, one that exits slowly, one that fails; a voice that hangs; spd-say, which hands
// its words to a server. The countdown goes on, keys are heard at once, and what failed is
// said once and worked around. And a mash never answers, a stray q can be undone.
#include "support/process.h"
#include "support/pty_process.h"
#include "support/read_text.h"
#include "support/sandbox.h"
#include "support/scan.h"

#include <algorithm>
#include <doctest/doctest.h>
#include <thread>
#include <unistd.h>

using namespace stretch::test;
using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

namespace {

// An 8 s hold and a 3 s relax: the routine of the issue that found the frozen countdown.
constexpr std::string_view k_hold_relax = "title Hold\nexercise Calf\n  contract 8s Press.\n  relax 3s Let go.\n";

// A sandbox on a smart terminal, without color, with `routine` in it.
struct Road
{
  Sandbox sandbox;
  std::filesystem::path routine;

  explicit Road(std::string_view text = k_hold_relax) : routine(sandbox.write("r.stretch", text))
  {
    sandbox.env["TERM"] = "xterm-256color";
    sandbox.env["NO_COLOR"] = "1";
  }

  std::vector<std::string> args(std::initializer_list<std::string> extra) const
  {
    std::vector<std::string> argv{stretch_binary(), routine.string()};
    argv.insert(argv.end(), extra.begin(), extra.end());
    return argv;
  }

  std::string log() const
  {
    const auto path = sandbox.home() / ".local/state/stretch/history.tsv";
    return std::filesystem::exists(path) ? read_text(path) : std::string();
  }
};

double seconds_since(Clock::time_point start)
{
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// Sends `key` and returns how long the screen took to show `answer` (the key was heard);
// a minute when it never did.
double latency(PtyProcess& pty, std::string_view key, std::string_view answer)
{
  const std::size_t from = pty.output().size();
  const auto sent = Clock::now();
  pty.send(key);
  return pty.wait_for_after(answer, from, 20s) == std::string::npos ? 60.0 : seconds_since(sent);
}

} // namespace

TEST_SUITE_BEGIN("e2e/hostage");

TEST_CASE("a sound player that hangs and ignores SIGTERM: 8 s and 3 s end within 14 s with every second shown and keys taken at once" * doctest::test_suite("slow"))
{
  Road road;
  road.sandbox.fake("aplay", {.hangs = true, .ignores_term = true});
  const auto start = Clock::now();
  PtyProcess pty(road.args({"--ready", "0", "--sound", "tones"}), road.sandbox.env);
  REQUIRE(pty.wait_for("CONTRACT  0:08"));
  // The countdown is redrawn every second, whatever the player does.
  for (const std::string shown : {"CONTRACT  0:07", "CONTRACT  0:06", "CONTRACT  0:05", "CONTRACT  0:04"}) {
    CAPTURE(shown);
    CHECK(pty.wait_for(shown, 3s));
  }
  // A key is heard at once: the loop never waits for a child. The aim is 100 ms; a stuck
  // loop takes seconds, so half a second tells them apart on any machine.
  const double heard = latency(pty, "?", "q/Esc quit");
  MESSAGE("key latency with a hung player: ", heard * 1000, " ms");
  CHECK(heard < 0.5);
  // Each second within two of the one before (0:01 comes three after the key): a frozen
  // countdown misses them by far more.
  for (const std::string shown : {"CONTRACT  0:01", "RELAX  0:03", "RELAX  0:02", "RELAX  0:01"}) {
    CAPTURE(shown);
    CHECK(pty.wait_for(shown, shown == "CONTRACT  0:01" ? 5s : 3s));
  }
  CHECK(pty.wait_exit(20s) == 0);
  const double took = seconds_since(start);
  MESSAGE("8 s + 3 s with a hung player took ", took, " s");
  CHECK(took < 14.0);
  CHECK(road.log().find("\tr\tdone\t") != std::string::npos);
}

TEST_CASE("a player that exits 1.5 s after SIGTERM costs the countdown nothing, nor a q")
{
  Road road("title Slow\nexercise Calf\n  contract 6s Press.\n");
  road.sandbox.fake("aplay", {.runs = 100ms, .exit_after_term = 1500ms});
  PtyProcess pty(road.args({"--ready", "0", "--sound", "tones"}), road.sandbox.env);
  REQUIRE(pty.wait_for("CONTRACT  0:06"));
  for (const char* shown : {"CONTRACT  0:05", "CONTRACT  0:04", "CONTRACT  0:03", "CONTRACT  0:02"}) {
    CAPTURE(shown);
    CHECK(pty.wait_for(shown, 3s));
  }
  const double heard = latency(pty, "q", "STOPPING");
  MESSAGE("q heard after ", heard * 1000, " ms");
  CHECK(heard < 0.5);
  pty.send("q");
  CHECK(pty.wait_exit() == 0);
}

TEST_CASE("a voice that hangs: a 3 s lead-in and the routine end within 19 s and one line says so" * doctest::test_suite("slow"))
{
  Road road;
  road.sandbox.fake("espeak-ng", {.hangs = true});
  const auto start = Clock::now();
  PtyProcess pty(road.args({"--ready", "3", "--voice", "--sound", "off", "--plain"}), road.sandbox.env);
  CHECK(pty.wait_exit(30s) == 0);
  const double took = seconds_since(start);
  MESSAGE("3 s + 8 s + 3 s with a hung voice took ", took, " s");
  CHECK(took < 19.0);
  CHECK(count_of(pty.output(), "espeak-ng did not finish in time: going on without the voice") == 1);
  // Given up at its first hang: nothing more was said after it.
  const auto calls = road.sandbox.calls_of("espeak-ng");
  CHECK(std::count_if(calls.begin(), calls.end(), [](const auto& call) { return call.start; }) == 1);
}

TEST_CASE("a player that fails (aplay with no sound card): one line after two failures, then the bell")
{
  Road road("title Fail\nexercise Calf\n  relax 1s Loose.\n  contract 1s Press.\n  relax 1s Loose.\n");
  road.sandbox.fake("aplay", {.exit_status = 1});
  PtyProcess pty(road.args({"--ready", "0", "--plain"}), road.sandbox.env);
  CHECK(pty.wait_exit() == 0);
  const std::string& out = pty.output();
  const std::string notice = "aplay failed (exit status 1): ringing the terminal bell instead";
  CHECK(count_of(out, notice) == 1);
  const std::size_t told = out.find(notice);
  REQUIRE(told != std::string::npos);
  CHECK(out.find('\a') > told);             // the bell took over,
  CHECK(out.find('\a') != std::string::npos); // and rang
  CHECK(road.sandbox.calls_of("aplay").size() == 4); // two starts, two ends: then no more tries
}

TEST_CASE("spd-say speaks with -w, and spd-say -C silences the server at a pause")
{
  Road road("title Spd\nexercise Calf\n  rest 10s Breathe in slowly and out again, and let the shoulders drop.\n");
  road.sandbox.fake("spd-say", {.per_word = 100ms});
  PtyProcess pty(road.args({"--ready", "0", "--voice", "--sound", "off"}), road.sandbox.env);
  REQUIRE(pty.wait_for("REST"));
  REQUIRE(road.sandbox.wait_for_calls("spd-say", 1));
  pty.send(" ");
  REQUIRE(pty.wait_for("PAUSED"));
  CHECK(road.sandbox.wait_for_calls("spd-say", 3));
  pty.send("qq");
  CHECK(pty.wait_exit() == 0);
  std::vector<std::string> starts;
  for (const auto& call : road.sandbox.calls_of("spd-say")) {
    if (call.start) {
      starts.push_back(call.args);
    }
  }
  CAPTURE(road.sandbox.log());
  REQUIRE(starts.size() >= 2);
  CHECK(starts[0].starts_with("-w Rest. Breathe in slowly"));
  CHECK(std::find(starts.begin(), starts.end(), "-C") != starts.end());
}

TEST_CASE("a deliberate n, then y, Enter, y, Enter, y at 0.1 s, never logs yes")
{
  Road road("title Numb\nepisode numbness\nexercise Check\n  question 30s Feeling back?\n  yes Good.\n"
            "  no Then the calf.\nexercise Calf\n  contract 2s Press.\n");
  PtyProcess pty(road.args({"--ready", "0", "--sound", "off"}), road.sandbox.env);
  REQUIRE(pty.wait_for("y yes"));
  std::this_thread::sleep_for(2s); // the question on screen, read
  pty.send("n");
  for (const char* key : {"y", "\r", "y", "\r", "y"}) {
    std::this_thread::sleep_for(100ms);
    pty.send(key);
  }
  CHECK(pty.wait_for("Answer taken back: keys came fast."));
  std::this_thread::sleep_for(2500ms); // past when an answer would have counted
  pty.send("qq");
  CHECK(pty.wait_exit() == 0);
  const std::string log = road.log();
  CAPTURE(log);
  CHECK(log.find("Feeling back?=unanswered") != std::string::npos);
  CHECK(log.find("=yes") == std::string::npos);
  CHECK(log.find("=no") == std::string::npos);
}

TEST_CASE("a stray q or Esc pauses with a way back: r goes on, and a second q stops at once")
{
  Road road("title Back\nexercise Calf\n  contract 30s Press.\n");
  PtyProcess pty(road.args({"--ready", "0", "--sound", "off"}), road.sandbox.env);
  REQUIRE(pty.wait_for("CONTRACT"));
  pty.send("q");
  REQUIRE(pty.wait_for("STOPPING  0:05  r go on · q stop now"));
  std::size_t from = pty.output().size();
  pty.send("r");
  REQUIRE(pty.wait_for_after("CONTRACT  0:", from) != std::string::npos);
  from = pty.output().size();
  pty.send("\x1b"); // Esc alone: the first key of Termux's extra-keys row
  REQUIRE(pty.wait_for_after("STOPPING", from) != std::string::npos);
  pty.send("\x1b");
  CHECK(pty.wait_exit() == 0);
  CHECK(pty.output().find("Stopped early: Back") != std::string::npos);
  CHECK(road.log().find("\tr\tstopped\t") != std::string::npos);
}

TEST_CASE("any pane from 1x1 up: no failure, valid UTF-8 to the end, and the session logged")
{
  for (const auto& size : {std::pair{1, 1}, {1, 6}, {2, 2}, {5, 1}, {12, 3}}) {
    const int columns = size.first; // copies: clang 14 captures no structured binding
    const int rows = size.second;
    CAPTURE(columns);
    CAPTURE(rows);
    Sandbox sandbox;
    sandbox.env["TERM"] = "xterm-256color";
    PtyProcess pty({stretch_binary(), "hold", "1s", "--ready", "0", "--sound", "off"}, sandbox.env,
                   static_cast<unsigned short>(columns), static_cast<unsigned short>(rows));
    CHECK(pty.wait_exit() == 0);
    const std::string& out = pty.output();
    CHECK(out.find("unexpected failure") == std::string::npos);
    CHECK(is_valid_utf8(out));
    const auto log = sandbox.home() / ".local/state/stretch/history.tsv";
    REQUIRE(std::filesystem::exists(log));
    CHECK(read_text(log).find("\tdone\t") != std::string::npos);
  }
}

TEST_CASE("a pane narrowed mid-hold in tmux, which rewraps: no frozen copy of the countdown, the lines above kept")
{
  if (::access("/usr/bin/tmux", X_OK) != 0) {
    MESSAGE("skipped: no /usr/bin/tmux (Debian's tmux package)");
    return;
  }
  Road road("title Narrow\nexercise Calf\n  contract 6s Push the ball of the foot down hard, as if flooring the gas "
            "pedal, and hold it there.\n");
  road.sandbox.env.erase("NO_COLOR");
  const std::string socket = (road.sandbox.home() / "tmux.sock").string();
  const auto tmux = [&](std::vector<std::string> args) {
    args.insert(args.begin(), {"/usr/bin/tmux", "-S", socket, "-f", "/dev/null"});
    return run_process(args, {road.sandbox.env});
  };
  const auto pane = [&] { return tmux({"capture-pane", "-p"}).out; };
  // With what scrolled into tmux's history: a narrower pane keeps its cursor's row and
  // pushes the rows above into the history, rewrapped.
  const auto history = [&] { return tmux({"capture-pane", "-p", "-S", "-"}).out; };
  const auto wait_for_pane = [&](std::string_view text) {
    const auto deadline = Clock::now() + 10s;
    while (pane().find(text) == std::string::npos) {
      if (Clock::now() > deadline) {
        return false;
      }
      std::this_thread::sleep_for(50ms); // tmux tells nobody when its pane changes
    }
    return true;
  };
  REQUIRE(tmux({"new-session", "-d", "-x", "80", "-y", "24", "/bin/sh", "-c",
                "echo MY LINE ABOVE; '" + stretch_binary() + "' '" + road.routine.string()
                  + "' --ready 0 --sound off; echo ENDED; /bin/sleep 30"})
            .status == 0);
  REQUIRE(wait_for_pane("CONTRACT  0:0"));
  CHECK(tmux({"resize-window", "-x", "30", "-y", "24"}).status == 0);
  std::this_thread::sleep_for(1500ms); // a redraw or two at the new width
  const std::string narrow = pane();
  CAPTURE(narrow);
  CHECK(count_of(narrow, "CONTRACT") == 1);
  CHECK(count_of(history(), "CONTRACT") == 1); // nor in what scrolled away
  CHECK(history().find("MY LINE ABOVE") != std::string::npos);
  CHECK(wait_for_pane("ENDED"));
  const std::string end = pane();
  CAPTURE(end);
  CHECK(count_of(end, "CONTRACT") == 0); // the status area erased, the summary in its place
  CHECK(end.find("Done: Narrow") != std::string::npos);
  CHECK(history().find("MY LINE ABOVE") != std::string::npos);
  tmux({"kill-server"});
}

TEST_SUITE_END();
