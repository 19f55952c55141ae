// SPDX-License-Identifier: MIT
// The session as a runner by a road meets it: keys mashed with cold fingers, tones, a voice
// and a buzz instead of a screen, a phone that must stay awake, daylight on the screen, a
// short pane, and settings remembered. The real binary on a real pseudo-terminal, with fake
// programs on its PATH that take as long as the real ones (speech at 150 words a minute).
#include "support/process.h"
#include "support/pty_process.h"
#include "support/read_text.h"
#include "support/sandbox.h"

#include <algorithm>
#include <csignal>
#include <doctest/doctest.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace stretch::test;
using namespace std::chrono_literals;

namespace {

// A numbness routine short enough for a test: a manual step, the question, a hold.
constexpr std::string_view k_numb = "title Numb\nepisode numbness\n"
                                    "exercise Laces\n  manual 30s Loosen them.\n"
                                    "exercise Check\n  question 30s Feeling back?\n  yes Good.\n  no Then the calf.\n"
                                    "  stop-if yes\n"
                                    "exercise Calf\n  contract 1s Press.\n";

// A sandbox on a smart terminal, with the routine above and the log's path.
struct Road
{
  Sandbox sandbox;
  std::filesystem::path routine = sandbox.write("numb.stretch", k_numb);

  Road()
  {
    sandbox.env["TERM"] = "xterm-256color";
    sandbox.env["NO_COLOR"] = "1"; // plain text to look for; the theme's test takes it away
  }

  std::vector<std::string> args(std::initializer_list<std::string> extra) const
  {
    std::vector<std::string> argv{stretch_binary()};
    argv.insert(argv.end(), extra.begin(), extra.end());
    return argv;
  }

  std::string log() const
  {
    const auto path = sandbox.home() / ".local/state/stretch/history.tsv";
    return std::filesystem::exists(path) ? read_text(path) : std::string();
  }
};

} // namespace

TEST_SUITE_BEGIN("e2e/roadside");

TEST_CASE("keys mashed never answer the question, a key alone does, and shows 2 s before it counts")
{
  Road road;
  PtyProcess pty(road.args({road.routine.string(), "--ready", "0", "--sound", "off"}), road.sandbox.env);
  REQUIRE(pty.wait_for("Enter when done"));
  pty.send("\r");
  REQUIRE(pty.wait_for("y yes"));
  // Cold fingers: y every 0.1 s, then every 0.3 s, a few times each.
  for (const auto every : {100ms, 300ms}) {
    for (int i = 0; i < 3; ++i) {
      pty.send("y");
      std::this_thread::sleep_for(every);
    }
  }
  CHECK(pty.output().find("YES  0:0") == std::string::npos);
  // A deliberate answer: a second of quiet, then y.
  std::this_thread::sleep_for(1100ms);
  const std::size_t before = pty.output().size();
  pty.send("y");
  REQUIRE(pty.wait_for_after("YES  0:02", before) != std::string::npos);
  CHECK(pty.wait_exit() == 0);
  CHECK(pty.output().find("Yes: Good.", before) != std::string::npos); // in the summary
  CHECK(road.log().find("\tFeeling back?=yes\tnumbness\t2\t") != std::string::npos);
}

TEST_CASE("mashing y, n, Enter, space and the right arrow through a numbness routine logs no answer")
{
  Road road;
  PtyProcess pty(road.args({road.routine.string(), "--ready", "0"}), road.sandbox.env);
  REQUIRE(pty.wait_for("Enter when done"));
  const std::string keys[] = {"y", "n", "\r", " ", "\x1b[C", "y", "n"};
  for (int i = 0; i < 10; ++i) {
    pty.send(keys[i % 7]);
    std::this_thread::sleep_for(i % 2 == 0 ? 100ms : 300ms);
  }
  pty.send("qq");
  CHECK(pty.wait_exit() == 0);
  const std::string log = road.log();
  CHECK(log.find("Feeling back?=unanswered") != std::string::npos);
  CHECK(log.find("=yes") == std::string::npos);
  CHECK(log.find("=no") == std::string::npos);
}

TEST_CASE("restarts skipped through on one day are no numbness episode")
{
  Road road;
  for (int i = 0; i < 3; ++i) {
    PtyProcess pty(road.args({road.routine.string(), "--ready", "0"}), road.sandbox.env);
    REQUIRE(pty.wait_for("Enter when done"));
    pty.send("s");
    REQUIRE(pty.wait_for("y yes"));
    pty.send("qq");
    CHECK(pty.wait_exit() == 0);
  }
  const auto history = run_process(road.args({"history"}), {road.sandbox.env});
  CHECK(history.status == 0);
  CHECK(history.out.find("Numb feet") == std::string::npos);
  CHECK(history.out.find("Your feet went numb") == std::string::npos);
}

TEST_CASE("tones at each change and 3, 2, 1, a buzz with them, and the phone awake from start to end")
{
  Road road;
  road.sandbox.fake("aplay", {.runs = 300ms});
  road.sandbox.fake("termux-vibrate");
  road.sandbox.fake("termux-wake-lock", {.runs = 200ms});
  road.sandbox.fake("termux-wake-unlock");
  const auto routine = road.sandbox.write("hold.stretch", "title Hold\nexercise E\n  contract 6s Hold.\n");
  PtyProcess pty(road.args({routine.string(), "--ready", "0", "--vibrate"}), road.sandbox.env);
  CHECK(pty.wait_exit(20s) == 0);
  CHECK(pty.output().find('\a') == std::string::npos); // tones, not the bell
  // The tones: written once to the cache folder, as WAV files.
  const auto tones = road.sandbox.home() / ".cache/stretch/tones-2";
  for (const char* name : {"pip.wav", "hold.wav", "relax.wav", "switch.wav", "attention.wav", "pause.wav", "end.wav"}) {
    CAPTURE(name);
    REQUIRE(std::filesystem::exists(tones / name));
    CHECK(read_text(tones / name).starts_with("RIFF"));
  }
  const auto played = road.sandbox.calls_of("aplay");
  // Each tone starts when its moment comes: the hold at once, the pips 3, 2 and 1 s before
  // the end, the end's arpeggio at 6 s. A busy machine starts a program late, never early:
  // each start is taken within 50 ms before and 400 ms after its moment.
  const std::vector<std::pair<std::string, double>> expected{
    {"hold.wav", 0.0}, {"pip.wav", 3.0}, {"pip.wav", 4.0}, {"pip.wav", 5.0}, {"end.wav", 6.0}};
  std::vector<std::pair<std::string, double>> starts; // file, seconds after the first
  for (const auto& call : played) {
    if (call.start) {
      starts.emplace_back(call.args.substr(call.args.rfind('/') + 1), call.at - played.front().at);
    }
  }
  CAPTURE(road.sandbox.log());
  REQUIRE(starts.size() == expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    CAPTURE(i);
    CHECK(starts[i].first == expected[i].first);
    CHECK(starts[i].second >= expected[i].second - 0.05);
    CHECK(starts[i].second <= expected[i].second + 0.4);
  }
  // A long buzz at the start and the end, a short one at 3, 2 and 1.
  std::vector<std::string> buzzes;
  for (const auto& call : road.sandbox.calls_of("termux-vibrate")) {
    if (call.start) {
      buzzes.push_back(call.args);
    }
  }
  CHECK(buzzes == std::vector<std::string>{"-f -d 500", "-f -d 100", "-f -d 100", "-f -d 100", "-f -d 500"});
  // Locked before the first tone, unlocked after the last.
  const auto locks = road.sandbox.calls_of("termux-wake-lock");
  const auto unlocks = road.sandbox.calls_of("termux-wake-unlock");
  REQUIRE_FALSE(locks.empty());
  REQUIRE_FALSE(unlocks.empty());
  const auto last_tone = std::find_if(played.rbegin(), played.rend(), [](const auto& call) { return call.start; });
  CHECK(locks.front().at <= played.front().at + 0.05);
  CHECK(unlocks.front().at + 0.1 >= last_tone->at);
}

TEST_CASE("the phone may sleep again on every way out: q, Ctrl-C, SIGTERM, SIGHUP")
{
  for (const std::string way : {"q", "ctrl-c", "term", "hup"}) {
    CAPTURE(way);
    Road road;
    road.sandbox.fake("termux-wake-lock");
    road.sandbox.fake("termux-wake-unlock");
    const auto routine = road.sandbox.write("hold.stretch", "title Hold\nexercise E\n  contract 30s Hold.\n");
    PtyProcess pty(road.args({routine.string(), "--ready", "0"}), road.sandbox.env);
    REQUIRE(pty.wait_for("CONTRACT"));
    if (way == "q" || way == "ctrl-c") {
      pty.send(way == "q" ? "qq" : "\x03");
    } else {
      ::kill(pty.pid(), way == "term" ? SIGTERM : SIGHUP);
    }
    pty.wait_exit();
    // The unlock runs on its own, after the program: its start and its end, in time.
    CHECK(road.sandbox.wait_for_calls("termux-wake-unlock", 2));
    CHECK(road.sandbox.wait_for_calls("termux-wake-lock", 2));
  }
}

TEST_CASE("the voice: Termux's, words that fit each step, never on top of a tone, quiet at pause")
{
  Road road;
  road.sandbox.fake("termux-tts-speak", {.per_word = 400ms}); // 150 words a minute
  road.sandbox.fake("termux-media-player"); // returns at once, as the real one does
  const auto routine = road.sandbox.write(
    "fit.stretch", "title Fit\nexercise E\n  relax 2s Let the foot fall loose and breathe out slowly through the mouth.\n"
                   "  contract 2s Press.\n");
  PtyProcess pty(road.args({routine.string(), "--ready", "0", "--voice"}), road.sandbox.env);
  CHECK(pty.wait_exit(20s) == 0);
  const auto said = road.sandbox.calls_of("termux-tts-speak");
  std::vector<std::string> words;
  for (const auto& call : said) {
    if (call.start) {
      words.push_back(call.args);
    }
  }
  CAPTURE(road.sandbox.log());
  // Each cue would outlast its step at 150 words a minute, after its tone: the label alone.
  CHECK(words == std::vector<std::string>{"Relax.", "Contract.", "Done. Well stretched."});
  // Each word ended before the next began, and no tone started while a word was said.
  for (std::size_t i = 0; i + 1 < said.size(); ++i) {
    CHECK(said[i].start != said[i + 1].start);
  }
  const auto tones = road.sandbox.calls_of("termux-media-player");
  for (std::size_t i = 0; i + 1 < said.size(); i += 2) {
    for (const auto& tone : tones) {
      CHECK((tone.at <= said[i].at || tone.at >= said[i + 1].at - 0.01));
    }
  }
}

TEST_CASE("the voice stops at once at pause")
{
  Road quiet;
  quiet.sandbox.fake("espeak-ng", {.per_word = 400ms});
  const auto long_cue = quiet.sandbox.write("long.stretch", "title Long\nexercise E\n  rest 20s Breathe in slowly "
                                                             "and out again, and let the shoulders drop.\n");
  PtyProcess paused(quiet.args({long_cue.string(), "--ready", "0", "--voice", "--sound", "off"}), quiet.sandbox.env);
  REQUIRE(paused.wait_for("REST"));
  std::this_thread::sleep_for(500ms);
  paused.send(" ");
  REQUIRE(paused.wait_for("PAUSED"));
  std::this_thread::sleep_for(200ms);
  paused.send("qq");
  CHECK(paused.wait_exit() == 0);
  const auto calls = quiet.sandbox.calls_of("espeak-ng");
  CAPTURE(quiet.sandbox.log());
  REQUIRE(calls.size() >= 3);
  const auto killed = std::find_if(calls.begin(), calls.end(), [](const auto& call) { return call.killed; });
  REQUIRE(killed != calls.end());
  CHECK(killed->at - calls[0].at < 1.0); // the cue, cut at the pause
  // Then "Paused.", so that a runner facing a wall knows it took.
  CHECK(std::any_of(calls.begin(), calls.end(), [](const auto& call) { return call.args == "Paused."; }));
}

TEST_CASE("without a sound player, the bell, and with --sound off, nothing")
{
  Road road;
  const auto routine = road.sandbox.write("q.stretch", "title Q\nexercise E\n  contract 0.2s Hold.\n");
  PtyProcess bell(road.args({routine.string(), "--ready", "0"}), road.sandbox.env);
  CHECK(bell.wait_exit() == 0);
  CHECK(bell.output().find('\a') != std::string::npos);
  PtyProcess off(road.args({routine.string(), "--ready", "0", "--sound", "off"}), road.sandbox.env);
  CHECK(off.wait_exit() == 0);
  CHECK(off.output().find('\a') == std::string::npos);
  const auto asked = run_process(road.args({routine.string(), "--ready", "0", "--sound", "tones"}), {road.sandbox.env});
  CHECK(asked.err.find("stretch: warning: --sound tones: no sound player found") == 0);
  const auto both = run_process(road.args({routine.string(), "--no-bell", "--sound", "tones"}), {road.sandbox.env});
  CHECK(both.status == 2);
}

TEST_CASE("daylight: --theme light, COLORFGBG, and the terminal's own answer, which never reaches the shell")
{
  // No bright yellow, cyan or white text, nor their plain versions, on a light background.
  const auto light = [](const std::string& out) {
    for (const char* code : {"\x1b[93m", "\x1b[96m", "\x1b[97m", "\x1b[33m", "\x1b[36m", "\x1b[37m"}) {
      if (out.find(code) != std::string::npos) {
        return false;
      }
    }
    return out.find("\x1b[38;5;25m") != std::string::npos; // #005faf, a light theme's stretch color
  };
  Road road;
  road.sandbox.env.erase("NO_COLOR");
  const auto routine = road.sandbox.write("s.stretch", "title S\nexercise E\n  stretch 0.3s Lean.\n");
  SUBCASE("--theme light")
  {
    PtyProcess pty(road.args({routine.string(), "--ready", "0", "--theme", "light"}), road.sandbox.env);
    CHECK(pty.wait_exit() == 0);
    CHECK(light(pty.output()));
    CHECK(pty.output().find("\x1b]11;?") == std::string::npos); // told: nothing to ask
  }
  SUBCASE("COLORFGBG says light")
  {
    road.sandbox.env["COLORFGBG"] = "0;15";
    PtyProcess pty(road.args({routine.string(), "--ready", "0"}), road.sandbox.env);
    CHECK(pty.wait_exit() == 0);
    CHECK(light(pty.output()));
  }
  SUBCASE("the terminal answers: light")
  {
    PtyProcess pty(road.args({routine.string(), "--ready", "0"}), road.sandbox.env);
    REQUIRE(pty.wait_for("\x1b]11;?\x1b\\\x1b[c"));
    pty.send("\x1b]11;rgb:ffff/ffff/fdfd\x1b\\\x1b[?62;22c");
    CHECK(pty.wait_exit() == 0);
    CHECK(light(pty.output()));
    // `history` asks as a session does, and shades the calendar for daylight too.
    PtyProcess history(road.args({"history"}), road.sandbox.env);
    REQUIRE(history.wait_for("\x1b]11;?\x1b\\\x1b[c"));
    history.send("\x1b]11;rgb:ffff/ffff/fdfd\x1b\\\x1b[?62;22c");
    CHECK(history.wait_exit() == 0);
    CHECK(history.output().find("\x1b[38;5;25m") != std::string::npos); // a little stretching, on white
    CHECK(history.output().find("\x1b[38;5;71m") == std::string::npos); // not the dark theme's green
  }
  SUBCASE("no answer within 100 ms: dark; a late one does nothing and never reaches the shell")
  {
    const auto hold = road.sandbox.write("h.stretch", "title H\nexercise E\n  stretch 2s Lean.\n");
    road.sandbox.link("sh");
    PtyProcess pty({"/bin/sh", "-c", "\"$0\" \"$1\" --ready 0 --sound off; echo ended; read -r rest; echo \"left: [$rest]\"",
                    stretch_binary(), hold.string()},
                   road.sandbox.env);
    REQUIRE(pty.wait_for("\x1b]11;?"));
    std::this_thread::sleep_for(300ms);
    // Split, so that its second half comes on its own: `b` in it must not restart the step.
    pty.send("\x1b]11;rgb:bbbb/");
    std::this_thread::sleep_for(50ms);
    pty.send("bbbb/bbbb\x1b\\");
    REQUIRE(pty.wait_for("ended"));
    pty.send("typed\r");
    REQUIRE(pty.wait_for("left: ["));
    CHECK(pty.wait_for("left: [typed]"));
    CHECK(pty.output().find("\x1b[38;5;227m") != std::string::npos); // dark: #ffff5f for STRETCH
    CHECK(pty.output().find("in 0:02.") != std::string::npos); // not restarted
  }
}

TEST_CASE("small panes: the advice stays in 5 rows and big digits never cut a cue and 40 columns show every key" * doctest::test_suite("slow"))
{
  SUBCASE("80x5: the answer's advice is on the next step's screen")
  {
    Road road;
    PtyProcess pty(road.args({road.routine.string(), "--ready", "0", "--sound", "off"}), road.sandbox.env, 80, 5);
    REQUIRE(pty.wait_for("Enter when done"));
    pty.send("\r");
    REQUIRE(pty.wait_for("y yes"));
    std::this_thread::sleep_for(1100ms);
    pty.send("n");
    const std::size_t at = pty.wait_for_after("CONTRACT", pty.output().size());
    REQUIRE(at != std::string::npos);
    const std::size_t frame = pty.output().rfind("\x1b[J", at);
    CHECK(pty.output().find("No: Then the calf.", frame == std::string::npos ? 0 : frame) < at);
    CHECK(pty.wait_exit() == 0);
  }
  SUBCASE("80x8 with --big and a two-line cue: small digits, the whole cue")
  {
    Road road;
    const auto routine = road.sandbox.write(
      "b.stretch", "title B\nexercise E\n  stretch 1s Lean in slowly until the calf will not stretch any further, and "
                   "stay there while the seconds run down.\n");
    PtyProcess pty(road.args({routine.string(), "--ready", "0", "--big"}), road.sandbox.env, 80, 8);
    CHECK(pty.wait_exit() == 0);
    CHECK(pty.output().find("run down.") != std::string::npos);
    CHECK(pty.output().find("…") == std::string::npos);
    CHECK(pty.output().find("████") == std::string::npos);
  }
  SUBCASE("40x10: the title wraps at a word, and ? shows every key")
  {
    Road road;
    const auto routine = road.sandbox.write("k.stretch", "title Calf: press and lift the gas pedal\nexercise E\n"
                                                          "  contract 30s Press.\n");
    PtyProcess pty(road.args({routine.string(), "--ready", "0"}), road.sandbox.env, 40, 10);
    REQUIRE(pty.wait_for("Calf: press and lift the gas pedal\r\n(0:30)"));
    REQUIRE(pty.wait_for("CONTRACT"));
    pty.send("?");
    REQUIRE(pty.wait_for("q/Esc quit"));
    CHECK(pty.output().find("s/Tab/→ next") != std::string::npos);
    pty.send("qq");
    CHECK(pty.wait_exit() == 0);
  }
  SUBCASE("a resize in xterm, which cuts rows, never takes the cursor above the session")
  {
    Road road;
    road.sandbox.env["XTERM_VERSION"] = "XTerm(379)";
    const auto routine = road.sandbox.write("r.stretch", "title R\nexercise E\n  contract 2s Press the ball of the foot "
                                                          "down hard, as if flooring the gas pedal.\n");
    PtyProcess pty(road.args({routine.string(), "--ready", "0"}), road.sandbox.env, 80, 24);
    REQUIRE(pty.wait_for("CONTRACT"));
    pty.resize(40, 24);
    CHECK(pty.wait_exit() == 0);
    // Every frame goes up at most the lines of the frame before it, less one.
    const std::string& out = pty.output();
    std::size_t lines_before = 0;
    for (std::size_t at = out.find("\x1b[K"); at != std::string::npos;) {
      const std::size_t frame_end = out.find("\x1b[J", at);
      const std::size_t frame_start = out.rfind('\r', out.rfind("\x1b[K", at));
      const std::size_t up = out.find("\x1b[", frame_start == std::string::npos ? 0 : frame_start);
      if (up != std::string::npos && up < at && out[out.find_first_not_of("0123456789", up + 2)] == 'A') {
        CHECK(std::stoul(out.substr(up + 2)) + 1 <= lines_before);
      }
      if (frame_end == std::string::npos) {
        break;
      }
      lines_before = 1;
      for (std::size_t i = out.find("\r\n", frame_start); i != std::string::npos && i < frame_end;
           i = out.find("\r\n", i + 1)) {
        ++lines_before;
      }
      at = out.find("\x1b[K", frame_end);
    }
  }
}

TEST_CASE("settings remembered: the file's values, the command line first, a bad line named")
{
  Road road;
  const auto config = road.sandbox.write(".config/stretch/config", "# mine\nready = 0\nvoice = true\nsound = off\n"
                                                                    "theme = light\n");
  const auto routine = road.sandbox.write("q.stretch", "title Q\nexercise E\n  contract 0.1s Hold.\n");
  SUBCASE("used by the session, and by commands that take them")
  {
    const auto dry = run_process(road.args({routine.string(), "--dry-run"}), {road.sandbox.env});
    CHECK(dry.status == 0);
    CHECK(dry.out.find("GET READY") == std::string::npos); // ready = 0
    const auto voice = run_process(road.args({routine.string()}), {road.sandbox.env});
    CHECK(voice.err.find("--voice: no speech program found") != std::string::npos); // voice = true
    CHECK(run_process(road.args({"list"}), {road.sandbox.env}).status == 0); // no "--voice goes with running"
  }
  SUBCASE("the command line wins")
  {
    const auto dry = run_process(road.args({routine.string(), "--dry-run", "--ready", "3"}), {road.sandbox.env});
    CHECK(dry.out.find("GET READY 0:03") != std::string::npos);
    const auto quiet = run_process(road.args({routine.string(), "--no-voice"}), {road.sandbox.env});
    CHECK(quiet.err.empty());
  }
  SUBCASE("stretch path shows the file")
  {
    const auto path = run_process(road.args({"path", "config"}), {road.sandbox.env});
    CHECK(path.out == config.string() + "\n");
  }
  SUBCASE("a bad line: FILE:LINE: error, exit 2, whatever the command")
  {
    road.sandbox.write(".config/stretch/config", "voice = true\n\nsond = tones\n");
    for (const std::vector<std::string>& args : {std::vector<std::string>{"list"}, {routine.string()}}) {
      std::vector<std::string> argv{stretch_binary()};
      argv.insert(argv.end(), args.begin(), args.end());
      const auto r = run_process(argv, {road.sandbox.env});
      CHECK(r.status == 2);
      CHECK(r.err == config.string() + ":3: error: unknown setting `sond`; the settings are ready, color, theme, sound, "
                                       "plain, big, voice, vibrate, history-dir, device\n");
    }
    for (const char* ready : {"700", "3601", "1h"}) {
      road.sandbox.write(".config/stretch/config", std::string("ready = ") + ready + "\n");
      CHECK(run_process(road.args({"list"}), {road.sandbox.env}).err
            == config.string() + ":1: error: ready: duration is over the limit of 10:00\n");
    }
  }
  SUBCASE("a FIFO where the file should be: an error, never a hang")
  {
    std::filesystem::remove(config);
    REQUIRE(::mkfifo(config.c_str(), 0600) == 0);
    const auto r = run_process(road.args({"list"}), {road.sandbox.env});
    CHECK(r.status == 2);
    CHECK(r.err == config.string() + ": error: not a regular file\n");
  }
  SUBCASE("a file that cannot be read: an error with the system's reason, never ignored")
  {
    ::chmod(config.c_str(), 0);
    std::vector<std::string> argv{stretch_binary(), "list"};
    if (::geteuid() == 0) {
      // root reads any file: the test runs stretch as nobody, for whom it is unreadable.
      if (::access("/usr/bin/setpriv", X_OK) != 0) {
        MESSAGE("skipped: running as root without setpriv (util-linux) to drop privileges");
        return;
      }
      for (const auto& folder : {road.sandbox.home(), road.sandbox.home() / ".config", config.parent_path()}) {
        ::chmod(folder.c_str(), 0755);
      }
      argv.insert(argv.begin(), {"/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"});
    }
    const auto r = run_process(argv, {road.sandbox.env});
    CHECK(r.status == 2);
    CHECK(r.err == config.string() + ": error: cannot read it: Permission denied\n");
  }
  SUBCASE("--config '' reads none")
  {
    const auto dry = run_process(road.args({"--config", "", routine.string(), "--dry-run"}), {road.sandbox.env});
    CHECK(dry.out.find("GET READY") != std::string::npos);
  }
}

TEST_SUITE_END();
