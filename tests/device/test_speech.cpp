// SPDX-License-Identifier: MIT
#include "device/speech.h"

#include "support/fake_clock.h"
#include "support/fake_processes.h"
#include "support/temp_dir.h"

#include <doctest/doctest.h>
#include <sys/stat.h>

using namespace stretch;
using namespace std::chrono_literals;

namespace {

// An executable file `name` in the `bin` folder of `dir`.
std::filesystem::path program_in(const test::TempDir& dir, const std::string& name)
{
  const auto path = dir.write("bin/" + name, "#!/bin/sh\n");
  ::chmod(path.c_str(), 0755);
  return path;
}

// A voice on a fake clock and fake processes.
struct Rig
{
  test::FakeClock clock;
  test::FakeProcesses processes{clock};

  device::ProcessSpeech speech(const std::string& program) { return device::ProcessSpeech("/usr/bin/" + program, clock, processes); }
};

} // namespace

TEST_SUITE_BEGIN("device/speech");

TEST_CASE("find_speech_program")
{
  const test::TempDir dir;
  CHECK_FALSE(device::find_speech_program((dir.path() / "bin").string()));
  program_in(dir, "say");
  CHECK(device::find_speech_program("/nonexistent:" + (dir.path() / "bin").string()) == dir.path() / "bin/say");
  const auto espeak = program_in(dir, "espeak-ng");
  CHECK(device::find_speech_program((dir.path() / "bin").string()) == espeak);
  CHECK_FALSE(device::find_speech_program("relative/bin"));
  CHECK_FALSE(device::find_speech_program(""));
}

TEST_CASE("speakable")
{
  CHECK(device::speakable("Left side. Contract.") == "Left side. Contract.");
  CHECK(device::speakable("--output=/tmp/x Press") == "output=/tmp/x Press");
  CHECK(device::speakable(" - -w file") == "w file");
  CHECK(device::speakable("a\x1b[31mb") == "a [31mb");
  CHECK(device::speakable("---").empty());
  CHECK(device::speakable("PRESS · calf") == "PRESS, calf");
  CHECK(device::speakable("Pr\u200Bess\U000E0041 down") == "Press down");
}

TEST_CASE("speaking_time and speaking_limit: 150 words a minute, a start, and room before a hang")
{
  CHECK(device::speaking_time("Relax.") == 700ms);
  CHECK(device::speaking_time("Rep 2 of 3. Press, calf. 10 seconds.") == std::chrono::milliseconds(300 + 8 * 400));
  CHECK(device::speaking_limit("Relax.") == 700ms + 175ms + 1s);
}

TEST_CASE("ProcessSpeech passes the text as one argument, never through a shell")
{
  Rig rig;
  auto speech = rig.speech("espeak-ng");
  CHECK(speech.start("Left side. Contract; $(touch pwned) `id` 10 seconds."));
  REQUIRE(rig.processes.started.size() == 1);
  CHECK(rig.processes.started[0].argv
        == std::vector<std::string>{"/usr/bin/espeak-ng", "Left side. Contract; $(touch pwned) `id` 10 seconds."});
  CHECK_FALSE(speech.expected_end());
  CHECK_FALSE(speech.start("---")); // nothing left to say
}

TEST_CASE("ProcessSpeech: speaking until the program ends, and stop never waits for it")
{
  Rig rig;
  SUBCASE("it ends by itself")
  {
    rig.processes.behave("espeak-ng", {.runs = 2s});
    auto speech = rig.speech("espeak-ng");
    REQUIRE(speech.start("A long cue."));
    rig.clock.advance(1999ms);
    CHECK(speech.speaking());
    rig.clock.advance(1ms);
    CHECK_FALSE(speech.speaking());
    CHECK_FALSE(speech.dropped());
  }
  SUBCASE("stop: SIGTERM, and SIGKILL after the grace for one that ignores it; over at once")
  {
    rig.processes.behave("espeak-ng", {.runs = std::nullopt, .ignores_term = true});
    auto speech = rig.speech("espeak-ng");
    REQUIRE(speech.start("A long cue."));
    speech.stop();
    CHECK_FALSE(speech.speaking());
    REQUIRE(rig.processes.signals.size() == 1);
    CHECK(rig.processes.signals[0].signal == SIGTERM);
    rig.clock.advance(util::k_kill_grace);
    speech.poll(rig.clock.now());
    REQUIRE(rig.processes.signals.size() == 2);
    CHECK(rig.processes.signals[1].signal == SIGKILL);
    speech.poll(rig.clock.now());
    CHECK(rig.processes.alive() == 0);
    CHECK_FALSE(speech.dropped()); // stopped on purpose: not a failure
  }
  SUBCASE("a new cue never waits for the last one to exit")
  {
    rig.processes.behave("espeak-ng", {.runs = std::nullopt, .ignores_term = true});
    auto speech = rig.speech("espeak-ng");
    REQUIRE(speech.start("One."));
    REQUIRE(speech.start("Two."));
    CHECK(rig.processes.started.size() == 2);
    CHECK(rig.clock.now() == rig.clock.epoch()); // nothing waited
    CHECK(speech.speaking());
  }
}

TEST_CASE("ProcessSpeech gives a voice up when it hangs once or fails twice")
{
  Rig rig;
  SUBCASE("a voice that hangs is over at its limit, and dropped with one problem")
  {
    rig.processes.behave("termux-tts-speak", {.runs = std::nullopt});
    auto speech = rig.speech("termux-tts-speak");
    REQUIRE(speech.start("Get ready."));
    rig.clock.advance(device::speaking_limit("Get ready.") - 1ms);
    CHECK(speech.speaking());
    rig.clock.advance(1ms);
    CHECK_FALSE(speech.speaking()); // over at its limit
    rig.clock.advance(util::k_kill_grace);
    speech.poll(rig.clock.now());
    CHECK(speech.dropped());
    const auto problem = speech.take_problem();
    REQUIRE(problem);
    CHECK(problem->kind == util::ProgramProblem::Kind::hung);
    CHECK(problem->program == "termux-tts-speak");
    CHECK_FALSE(speech.take_problem()); // said once
    CHECK_FALSE(speech.start("Contract."));
  }
  SUBCASE("one failure is forgiven, two give it up")
  {
    rig.processes.behave("espeak-ng", {.runs = 100ms, .exit_status = 1});
    auto speech = rig.speech("espeak-ng");
    REQUIRE(speech.start("One."));
    rig.clock.advance(100ms);
    CHECK_FALSE(speech.speaking());
    CHECK_FALSE(speech.dropped());
    REQUIRE(speech.start("Two."));
    rig.clock.advance(100ms);
    CHECK_FALSE(speech.speaking());
    CHECK(speech.dropped());
    const auto problem = speech.take_problem();
    REQUIRE(problem);
    CHECK(problem->kind == util::ProgramProblem::Kind::failed);
    CHECK(problem->detail == "exit status 1");
  }
  SUBCASE("a program that ends at once, twice, made no sound: given up as failed")
  {
    rig.processes.behave("espeak-ng", {.runs = 30ms}); // no sound device: exit 0 at once
    auto speech = rig.speech("espeak-ng");
    for (const char* words : {"Left side. Get ready.", "Contract."}) {
      REQUIRE(speech.start(words));
      rig.clock.advance(30ms);
      CHECK_FALSE(speech.speaking());
    }
    CHECK(speech.dropped());
    CHECK(speech.take_problem()->detail == "it ended at once, without a sound");
  }
  SUBCASE("a program that cannot start, twice")
  {
    rig.processes.behave("say", {.cannot_start = true});
    auto speech = rig.speech("say");
    CHECK_FALSE(speech.start("One."));
    CHECK_FALSE(speech.dropped());
    CHECK_FALSE(speech.start("Two."));
    CHECK(speech.dropped());
    CHECK(speech.take_problem()->detail == "No such file or directory");
  }
}

TEST_CASE("spd-say waits for its words with -w, and -C silences the server at once")
{
  Rig rig;
  rig.processes.behave("spd-say", {.runs = 3s});
  auto speech = rig.speech("spd-say");
  REQUIRE(speech.start("Relax."));
  CHECK(rig.processes.started[0].argv == std::vector<std::string>{"/usr/bin/spd-say", "-w", "Relax."});
  rig.clock.advance(500ms);
  speech.stop();
  REQUIRE(rig.processes.started.size() == 2);
  CHECK(rig.processes.started[1].argv == std::vector<std::string>{"/usr/bin/spd-say", "-C"});
  CHECK(rig.processes.started[1].at == rig.clock.now());
  speech.stop(); // nothing said: nothing to cancel
  CHECK(rig.processes.started.size() == 2);
  rig.clock.advance(3s);
  speech.poll(rig.clock.now());
  CHECK_FALSE(speech.dropped()); // the cancelling run is no failure of the voice
}

TEST_CASE("voice_arguments: each program told the language its own way")
{
  using Args = std::vector<std::string>;
  CHECK(device::voice_arguments("espeak-ng", "de") == Args{"-v", "de"});
  CHECK(device::voice_arguments("espeak", "fr") == Args{"-v", "fr"});
  CHECK(device::voice_arguments("spd-say", "de") == Args{"-l", "de"});
  CHECK(device::voice_arguments("termux-tts-speak", "fr") == Args{"-l", "fr"});
  CHECK(device::voice_arguments("say", "de") == Args{"-v", "Anna"});
  CHECK(device::voice_arguments("say", "fr") == Args{"-v", "Thomas"});
  CHECK_FALSE(device::voice_arguments("say", "tlh")); // no such voice: English, said by the caller
  CHECK(device::voice_arguments("espeak-ng", "") == Args{});
  CHECK(device::voice_arguments("say", "en") == Args{});
}

TEST_CASE("ProcessSpeech in a language")
{
  Rig rig;
  SUBCASE("the options come before the words")
  {
    device::ProcessSpeech speech("/usr/bin/espeak-ng", rig.clock, "de", rig.processes);
    REQUIRE(speech.start("Mach dich bereit."));
    CHECK(rig.processes.started[0].argv == std::vector<std::string>{"/usr/bin/espeak-ng", "-v", "de", "Mach dich bereit."});
  }
  SUBCASE("no voice for the language: said once, then the program's own voice, and no strike")
  {
    rig.processes.behave("espeak-ng", {.runs = 10ms, .exit_status = 1}); // "voice does not exist"
    device::ProcessSpeech speech("/usr/bin/espeak-ng", rig.clock, "xx", rig.processes);
    REQUIRE(speech.start("Eins."));
    rig.clock.advance(10ms);
    CHECK_FALSE(speech.speaking());
    CHECK_FALSE(speech.dropped());
    const auto problem = speech.take_problem();
    REQUIRE(problem);
    CHECK(problem->detail == "no voice for xx");
    CHECK(problem->replacement == "its English voice");
    rig.processes.behave("espeak-ng", {.runs = 2s});
    REQUIRE(speech.start("Zwei."));
    CHECK(rig.processes.started.back().argv == std::vector<std::string>{"/usr/bin/espeak-ng", "Zwei."});
    CHECK_FALSE(speech.take_problem());
  }
}

TEST_SUITE_END();
