// SPDX-License-Identifier: MIT
// Speaking through the speech program the system has, never through a shell.
#pragma once

#include "device/device.h"
#include "util/clock.h"
#include "util/children.h"

#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>

namespace stretch::device {

/// One thing said at a time: a speech program, or a fake one in tests.
class Speech : public Device
{
public:
  /// Starts saying `text`, which must not be empty; false when it cannot be said. Returns
  /// at once.
  virtual bool start(std::string_view text) = 0;

  /// True while what was started last is still being said. Never waits.
  virtual bool speaking() = 0;

  /// Cuts what is being said short. Never waits.
  virtual void stop() = 0;

  /// When what is being said will end, when that can be known ahead (a fake); nullopt for a
  /// real program, whose end the session hears of by SIGCHLD.
  virtual std::optional<util::TimePoint> expected_end() const { return std::nullopt; }
};

/// A speech program, and how it is told to speak and to be quiet.
struct SpeechProgram
{
  std::string_view name;
  std::span<const std::string_view> before_text; // options before the words
  std::span<const std::string_view> cancel;      // a second run that silences it, if it needs one
};

/// The speech programs looked for, in order: termux-tts-speak is Android's own voice, on a
/// phone with Termux:API. spd-say hands the words to a server and returns at once unless
/// told to wait (`-w`), and what the server still says is cancelled by `spd-say -C`.
std::span<const SpeechProgram> speech_programs();

/// The first speech program found in the folders of `path` (a `$PATH` value), or nullopt.
std::optional<std::filesystem::path> find_speech_program(std::string_view path);

/// How long saying `text` takes at 150 words a minute (espeak-ng says a little more), with
/// the time a speech program takes to start: for choosing words that fit a step.
util::Duration speaking_time(std::string_view text);

/// How long a speech program may take to say `text` before it is taken to hang: the
/// speaking time, a quarter more, and a second.
util::Duration speaking_limit(std::string_view text);

/// Speaks by starting `program TEXT` with posix_spawnp: an argument vector, no shell, with
/// standard input, output and error on /dev/null so it cannot touch the terminal, and
/// never waiting for it. The program's exit is the end of what it said, and at the latest
/// `speaking_limit`: a program still speaking then hangs, and the voice is given up for the
/// session; so is one that fails twice, where an exit within a quarter of the speaking time
/// counts as a failure (no sound was made).
class ProcessSpeech : public Speech
{
public:
  /// Speaks through `program`, timed on `clock`, started through `processes`.
  ProcessSpeech(std::filesystem::path program, const util::Clock& clock,
                util::Processes& processes = util::posix_processes());

  /// The same, speaking `language` (`de`; "" for the program's own, English): the options
  /// of `voice_arguments`. A program that fails at once with them (no such voice) is told
  /// once, and speaks on with its default voice.
  ProcessSpeech(std::filesystem::path program, const util::Clock& clock, std::string_view language,
                util::Processes& processes = util::posix_processes());

  bool start(std::string_view text) override;
  bool speaking() override;
  void stop() override;

  void poll(util::TimePoint now) override;
  std::optional<util::TimePoint> next_poll() const override { return m_children.next_deadline(); }

private:

  std::filesystem::path m_program;
  std::vector<std::string> m_voice; // the options that choose the language's voice
  std::string m_language;
  const SpeechProgram* m_row = nullptr; // how it is called, if it is one of `speech_programs`
  const util::Clock& m_clock;
  util::Children m_children;
  std::optional<util::Children::Id> m_current;
  std::set<util::Children::Id> m_cancels; // runs that silence a speech server
  std::map<util::Children::Id, util::TimePoint> m_too_soon; // an end before this said nothing
  Strikes m_strikes;
};

/// The options that make speech program `program` (its name: `espeak-ng`) speak `language`
/// (`de`, `fr`): `-v de` for espeak-ng and espeak, `-l de` for spd-say and
/// termux-tts-speak, a voice of the language for say (`-v Anna`). Empty for English, and
/// nullopt when the program has no voice for it that is known here.
std::optional<std::vector<std::string>> voice_arguments(std::string_view program, std::string_view language);

/// `text` made fit to be one argument of a speech program: without control characters,

/// without leading dashes, which a program could take for an option, and with `·` as a
/// pause.
std::string speakable(std::string_view text);

} // namespace stretch::device
