// SPDX-License-Identifier: MIT
#include "cue/speech.h"

#include "support/temp_dir.h"

#include <chrono>
#include <doctest/doctest.h>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <thread>

using namespace stretch;

namespace {

// A fake speech program that writes its arguments, one per line, to `log`.
std::filesystem::path fake_program(const test::TempDir& dir, const std::string& name, const std::filesystem::path& log)
{
  const auto path = dir.write("bin/" + name, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done >> '" + log.string() + "'\n");
  ::chmod(path.c_str(), 0755);
  return path;
}

std::string read_when_written(const std::filesystem::path& path)
{
  // The speaker never waits for its program, so the test does, briefly.
  for (int i = 0; i < 200; ++i) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    if (!text.str().empty()) {
      return text.str();
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return {};
}

} // namespace

TEST_SUITE_BEGIN("cue/speech");

TEST_CASE("find_speech_program")
{
  const test::TempDir dir;
  const auto log = dir.path() / "log";
  CHECK_FALSE(cue::find_speech_program((dir.path() / "bin").string()));
  fake_program(dir, "say", log);
  CHECK(cue::find_speech_program("/nonexistent:" + (dir.path() / "bin").string()) == dir.path() / "bin/say");
  const auto espeak = fake_program(dir, "espeak-ng", log);
  CHECK(cue::find_speech_program((dir.path() / "bin").string()) == espeak);
  CHECK_FALSE(cue::find_speech_program("relative/bin"));
  CHECK_FALSE(cue::find_speech_program(""));
}

TEST_CASE("speakable")
{
  CHECK(cue::speakable("Left side. Contract.") == "Left side. Contract.");
  CHECK(cue::speakable("--output=/tmp/x Press") == "output=/tmp/x Press");
  CHECK(cue::speakable(" - -w file") == "w file");
  CHECK(cue::speakable("a\x1b[31mb") == "a [31mb");
  CHECK(cue::speakable("---").empty());
  CHECK(cue::speakable("PRESS · calf") == "PRESS, calf");
}

TEST_CASE("ProcessSpeech passes the text as one argument, with no shell")
{
  const test::TempDir dir;
  const auto log = dir.path() / "log";
  const auto program = fake_program(dir, "espeak-ng", log);
  {
    cue::ProcessSpeech speech(program);
    CHECK(speech.start("Left side. Contract; $(touch pwned) `id` 10 seconds."));
    CHECK(read_when_written(log) == "Left side. Contract; $(touch pwned) `id` 10 seconds.\n");
    CHECK_FALSE(speech.expected_end());
  }
  CHECK_FALSE(std::filesystem::exists(dir.path() / "pwned"));
}

TEST_CASE("ProcessSpeech: speaking until the program ends, and stop cuts it short")
{
  const test::TempDir dir;
  const auto slow = dir.write("bin/espeak-ng", "#!/bin/sh\nexec sleep 5\n");
  ::chmod(slow.c_str(), 0755);
  cue::ProcessSpeech speech(slow);
  CHECK_FALSE(speech.speaking());
  REQUIRE(speech.start("A long cue."));
  CHECK(speech.speaking());
  speech.stop();
  bool ended = false;
  for (int i = 0; i < 200 && !ended; ++i) {
    ended = !speech.speaking();
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  CHECK(ended);
  CHECK_FALSE(speech.start("---")); // nothing left to say
}

TEST_SUITE_END();
