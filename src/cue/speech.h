// SPDX-License-Identifier: MIT
// Speaking through the speech program the system has, never through a shell.
#pragma once

#include "session/clock.h"
#include "util/process.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <sys/types.h>

namespace stretch::cue {

/// One thing said at a time: a speech program, or a fake one in tests.
class Speech
{
public:
  virtual ~Speech() = default;

  /// Starts saying `text`, which must not be empty; false when it cannot be said. Returns
  /// at once.
  virtual bool start(std::string_view text) = 0;

  /// True while what was started last is still being said. Never waits.
  virtual bool speaking() = 0;

  /// Cuts what is being said short. Never waits.
  virtual void stop() = 0;

  /// When what is being said will end, when that can be known ahead (a fake); nullopt for a
  /// real program, whose end the session hears of by SIGCHLD.
  virtual std::optional<session::TimePoint> expected_end() const { return std::nullopt; }
};

/// The speech programs looked for, in order: termux-tts-speak is Android's own voice, on a
/// phone with Termux:API.
inline constexpr std::string_view k_speech_programs[] = {"espeak-ng", "espeak", "spd-say", "say", "termux-tts-speak"};

/// The first speech program found in the folders of `path` (a `$PATH` value), or nullopt.
std::optional<std::filesystem::path> find_speech_program(std::string_view path);

/// Speaks by starting `program TEXT` with posix_spawnp: an argument vector, no shell, with
/// standard input, output and error on /dev/null so it cannot touch the terminal. The
/// program's exit is the end of what it said; a program still speaking is ended with it.
class ProcessSpeech : public Speech
{
public:
  explicit ProcessSpeech(std::filesystem::path program);

  bool start(std::string_view text) override;
  bool speaking() override;
  void stop() override;

private:
  std::filesystem::path m_program;
  util::Child m_child;
};

/// `text` made fit to be one argument of a speech program: without control characters,
/// without leading dashes, which a program could take for an option, and with `·` as a
/// pause.
std::string speakable(std::string_view text);

} // namespace stretch::cue
