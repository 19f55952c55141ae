// SPDX-License-Identifier: MIT
// Playing the tones through the sound player the system has, never through a shell.
#pragma once

#include "cue/tone_files.h"
#include "cue/tones.h"
#include "session/clock.h"
#include "util/process.h"

#include <filesystem>
#include <optional>
#include <string_view>

namespace stretch::cue {

/// Plays one tone at a time: a sound player, or a fake one in tests.
class Player
{
public:
  virtual ~Player() = default;

  /// Starts playing `tone`; false when it cannot be played. Returns at once.
  virtual bool start(Tone tone) = 0;

  /// True while the tone started last still sounds. Never waits.
  virtual bool playing() = 0;

  /// Cuts the tone short. Never waits.
  virtual void stop() = 0;

  /// When the tone will have ended, when that can be known ahead: its length.
  virtual std::optional<session::TimePoint> expected_end() const = 0;
};

/// The sound players looked for, in order: PipeWire, PulseAudio, ALSA, macOS, Termux:API.
inline constexpr std::string_view k_sound_players[] = {"pw-play", "paplay", "aplay", "afplay", "termux-media-player"};

/// The first sound player found in the folders of `path` (a `$PATH` value), or nullopt.
std::optional<std::filesystem::path> find_sound_player(std::string_view path);

/// The argument vector that makes `player` play `file`: `aplay -q FILE`,
/// `termux-media-player play FILE`, else `PLAYER FILE`.
std::vector<std::string> play_command(const std::filesystem::path& player, const std::filesystem::path& file);

/// Plays by starting the player with posix_spawnp (an argument vector, no shell), its
/// streams on /dev/null. A tone lasts until the player ends, and at least its length (a
/// player such as termux-media-player returns before the sound ends).
class ProcessPlayer : public Player
{
public:
  /// Plays `files` through `player`, timed on `clock`.
  ProcessPlayer(std::filesystem::path player, ToneFiles files, const session::Clock& clock);

  bool start(Tone tone) override;
  bool playing() override;
  void stop() override;
  std::optional<session::TimePoint> expected_end() const override { return m_end; }

private:
  std::filesystem::path m_player;
  ToneFiles m_files;
  const session::Clock& m_clock;
  util::Child m_child;
  std::optional<session::TimePoint> m_end;
};

} // namespace stretch::cue
