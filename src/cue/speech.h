// Speaking cues aloud through the speech program the system has, never through a shell.
#pragma once

#include <filesystem>
#include <optional>
#include <string_view>
#include <sys/types.h>
#include <vector>

namespace stretch::cue {

/// Says things. The program speaks through a `ProcessSpeaker`; tests record what was said.
class Speaker
{
public:
  virtual ~Speaker() = default;

  /// Starts saying `text` and returns at once; what was still being said is cut short.
  virtual void say(std::string_view text) = 0;
};

/// The speech programs looked for, in order.
inline constexpr std::string_view k_speech_programs[] = {"espeak-ng", "espeak", "spd-say", "say"};

/// The first speech program found in the folders of `path` (a `$PATH` value), or nullopt.
std::optional<std::filesystem::path> find_speech_program(std::string_view path);

/// Speaks by starting `program TEXT` with posix_spawnp: an argument vector, no shell, with
/// standard input, output and error on /dev/null so it cannot touch the terminal.
class ProcessSpeaker : public Speaker
{
public:
  explicit ProcessSpeaker(std::filesystem::path program);
  ~ProcessSpeaker() override;
  ProcessSpeaker(const ProcessSpeaker&) = delete;
  ProcessSpeaker& operator=(const ProcessSpeaker&) = delete;

  void say(std::string_view text) override;

private:
  // Collects children that have ended; with `stop`, asks the others to end. Never waits.
  void reap(bool stop);

  std::filesystem::path m_program;
  std::vector<pid_t> m_children;
};

/// `text` made fit to be one argument of a speech program: without control characters,
/// and without leading dashes, which a program could take for an option.
std::string speakable(std::string_view text);

} // namespace stretch::cue
