// SPDX-License-Identifier: MIT
#include "device/player.h"

#include "support/fake_clock.h"
#include "support/fake_processes.h"
#include "support/temp_dir.h"

#include <doctest/doctest.h>
#include <sys/stat.h>

using namespace stretch;
using namespace std::chrono_literals;
using device::Tone;

namespace {

struct Rig
{
  test::FakeClock clock;
  test::FakeProcesses processes{clock};
  device::ToneFiles files;

  Rig()
  {
    for (std::size_t i = 0; i < files.size(); ++i) {
      files[i] = std::filesystem::path("/cache") / device::tone_file_name(device::k_tones[i]);
    }
  }

  device::ProcessPlayer player(std::vector<std::filesystem::path> players)
  {
    return device::ProcessPlayer(std::move(players), files, clock, processes);
  }
};

} // namespace

TEST_SUITE_BEGIN("device/player");

TEST_CASE("find_sound_players: every one found, in order")
{
  const test::TempDir dir;
  for (const char* name : {"aplay", "pw-play"}) {
    const auto path = dir.write(std::string("bin/") + name, "#!/bin/sh\n");
    ::chmod(path.c_str(), 0755);
  }
  CHECK(device::find_sound_players((dir.path() / "bin").string())
        == std::vector<std::filesystem::path>{dir.path() / "bin/pw-play", dir.path() / "bin/aplay"});
  CHECK(device::find_sound_players("").empty());
}

TEST_CASE("play_command")
{
  CHECK(device::play_command("/usr/bin/aplay", "/c/pip.wav") == std::vector<std::string>{"/usr/bin/aplay", "-q", "/c/pip.wav"});
  CHECK(device::play_command("/t/termux-media-player", "/c/pip.wav")
        == std::vector<std::string>{"/t/termux-media-player", "play", "/c/pip.wav"});
  CHECK(device::play_command("/usr/bin/pw-play", "/c/pip.wav") == std::vector<std::string>{"/usr/bin/pw-play", "/c/pip.wav"});
}

TEST_CASE("ProcessPlayer: a tone lasts its length, at most its length and the margin, whatever the player")
{
  Rig rig;
  SUBCASE("a player that returns at once (termux-media-player): the tone's length")
  {
    auto player = rig.player({"/usr/bin/termux-media-player"});
    REQUIRE(player.start(Tone::pip));
    CHECK(rig.processes.started[0].argv
          == std::vector<std::string>{"/usr/bin/termux-media-player", "play", "/cache/pip.wav"});
    rig.clock.advance(device::tone_length(Tone::pip) - 1ms);
    CHECK(player.playing());
    rig.clock.advance(1ms);
    CHECK_FALSE(player.playing());
  }
  SUBCASE("a player that hangs and ignores SIGTERM: over after the margin, the next tone at once")
  {
    rig.processes.behave("aplay", {.runs = std::nullopt, .ignores_term = true});
    auto player = rig.player({"/usr/bin/aplay"});
    REQUIRE(player.start(Tone::hold));
    rig.clock.advance(device::tone_length(Tone::hold) + device::k_tone_margin - 1ms);
    CHECK(player.playing());
    rig.clock.advance(1ms);
    CHECK_FALSE(player.playing());
    REQUIRE(player.start(Tone::pip));
    CHECK(rig.processes.started.size() == 2);
    CHECK(rig.clock.now() == rig.clock.epoch() + device::tone_length(Tone::hold) + device::k_tone_margin); // no wait
  }
  SUBCASE("stop never waits for a player slow to exit")
  {
    rig.processes.behave("aplay", {.runs = 1s, .exit_after_term = 1500ms});
    auto player = rig.player({"/usr/bin/aplay"});
    REQUIRE(player.start(Tone::end));
    player.stop();
    CHECK_FALSE(player.playing());
    REQUIRE(player.start(Tone::pip));
    CHECK(rig.clock.now() == rig.clock.epoch());
    CHECK_FALSE(player.dropped());
  }
}

TEST_CASE("ProcessPlayer: a player that fails twice gives way to the next, then to none")
{
  Rig rig;
  rig.processes.behave("aplay", {.runs = 10ms, .exit_status = 1});
  rig.processes.behave("paplay", {.cannot_start = true});
  auto player = rig.player({"/usr/bin/aplay", "/usr/bin/paplay"});
  REQUIRE(player.start(Tone::hold));
  rig.clock.advance(1s);
  CHECK_FALSE(player.playing());
  CHECK_FALSE(player.take_problem()); // once is forgiven
  REQUIRE(player.start(Tone::pip));
  rig.clock.advance(1s);
  player.poll(rig.clock.now());
  const auto first = player.take_problem();
  REQUIRE(first);
  CHECK(first->program == "aplay");
  CHECK(first->detail == "exit status 1");
  CHECK(first->replacement == "paplay");
  CHECK_FALSE(player.dropped());
  CHECK_FALSE(player.start(Tone::pip)); // paplay cannot start: once,
  CHECK_FALSE(player.start(Tone::pip)); // twice
  CHECK(player.dropped());
  const auto second = player.take_problem();
  REQUIRE(second);
  CHECK(second->program == "paplay");
  CHECK(second->replacement.empty());
  CHECK_FALSE(player.start(Tone::end));
  CHECK(rig.processes.started.size() == 4); // nothing tried once given up
}

TEST_CASE("ProcessPlayer: a player that hangs past its tone twice is given up too")
{
  Rig rig;
  rig.processes.behave("paplay", {.runs = std::nullopt});
  auto player = rig.player({"/usr/bin/paplay"});
  for (int i = 0; i < 2; ++i) {
    REQUIRE(player.start(Tone::pip));
    rig.clock.advance(device::tone_length(Tone::pip) + device::k_player_hang);
    player.poll(rig.clock.now());
  }
  CHECK(player.dropped());
  CHECK(player.take_problem()->kind == util::ProgramProblem::Kind::hung);
}

TEST_SUITE_END();
