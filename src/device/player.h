// SPDX-License-Identifier: MIT
// Playing the tones through the sound player the system has, never through a shell.
#pragma once

#include "device/device.h"
#include "device/tone_files.h"
#include "device/tones.h"
#include "util/clock.h"
#include "util/children.h"

#include <filesystem>
#include <optional>
#include <string_view>
#include <vector>

namespace stretch::device {

/// Plays one tone at a time: a sound player, or a fake one in tests.
class Player : public Device
{
public:
  /// Starts playing `tone`; false when it cannot be played. Returns at once.
  virtual bool start(Tone tone) = 0;

  /// True while the tone started last still sounds. Never waits.
  virtual bool playing() = 0;

  /// Cuts the tone short. Never waits.
  virtual void stop() = 0;

  /// When the tone will have ended, when that can be known ahead: its length.
  virtual std::optional<util::TimePoint> expected_end() const = 0;
};

/// The sound players looked for, in order: PipeWire, PulseAudio, ALSA, macOS, Termux:API.
inline constexpr std::string_view k_sound_players[] = {"pw-play", "paplay", "aplay", "afplay", "termux-media-player"};

/// Every sound player found in the folders of `path` (a `$PATH` value), in that order.
std::vector<std::filesystem::path> find_sound_players(std::string_view path);

/// The argument vector that makes `player` play `file`: `aplay -q FILE`,
/// `termux-media-player play FILE`, else `PLAYER FILE`.
std::vector<std::string> play_command(const std::filesystem::path& player, const std::filesystem::path& file);

/// A tone is over this long after its length, whatever its player does: the next sound
/// never waits longer for a player that is slow to exit.
inline constexpr util::Duration k_tone_margin{500};

/// A player still running this long after its tone's length hangs: it is ended, and
/// counts as a failure.
inline constexpr util::Duration k_player_hang{5000};

/// Plays by starting a player with posix_spawnp (an argument vector, no shell), its streams
/// on /dev/null, never waiting for it. A tone lasts until the player ends, at least its
/// length (a player such as termux-media-player returns before the sound ends) and at most
/// its length and `k_tone_margin`. A player that fails twice (or hangs twice) is given up
/// for the next one found, and then for none: `dropped`, and a problem told.
class ProcessPlayer : public Player
{
public:
  /// Plays `files` through the first of `players`, timed on `clock`, started through
  /// `processes`.
  ProcessPlayer(std::vector<std::filesystem::path> players, ToneFiles files, const util::Clock& clock,
                util::Processes& processes = util::posix_processes());

  bool start(Tone tone) override;
  bool playing() override;
  void stop() override;
  std::optional<util::TimePoint> expected_end() const override { return m_end; }

  void poll(util::TimePoint now) override;
  std::optional<util::TimePoint> next_poll() const override;

private:
  // Gives up the player in use for the next one, if any, telling `problem`.
  void next_player(DeviceProblem problem);

  std::vector<std::filesystem::path> m_players; // the one in use first
  ToneFiles m_files;
  const util::Clock& m_clock;
  util::Children m_children;
  std::optional<util::Children::Id> m_current;
  std::optional<util::TimePoint> m_end;      // the tone's own length
  std::optional<util::TimePoint> m_over;     // its length and the margin
  Strikes m_strikes;
  util::Children::Id m_first_of_player = 0; // the first child of the player in use
};

} // namespace stretch::device
