// SPDX-License-Identifier: MIT
// A world of its own for the binary under test: whatever the host has installed
// (notify-send, espeak-ng, a sound player, systemctl, crontab), the binary finds only what
// the test put there.
#pragma once

#include "support/temp_dir.h"

#include <chrono>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace stretch::test {

/// How a fake program behaves: how long it runs and how it ends.
struct Fake
{
  /// How long it runs: a fixed time, or, with `per_word`, that long for each word of its
  /// arguments (400 ms: speech at 150 words a minute).
  std::chrono::milliseconds runs{0};
  std::chrono::milliseconds per_word{0};
  int exit_status = 0;
  /// It hangs: it runs a minute, whatever its arguments.
  bool hangs = false;
  /// Only SIGKILL ends it (it then logs nothing more).
  bool ignores_term = false;
  /// How long it takes to exit once sent SIGTERM.
  std::chrono::milliseconds exit_after_term{0};
};

/// A temporary home with every XDG folder inside it, and a `PATH` of one folder that holds
/// only the host's tools a test names (linked, for its own scripts: `sh`, `stty`) and the
/// fake programs it writes. Fakes log when they start and end, with their arguments.
class Sandbox
{
public:
  /// Links each of `tools` (found in /usr/bin or /bin) into the `PATH` folder.
  explicit Sandbox(const std::vector<std::string>& tools = {});

  /// The temporary folder that is the home folder.
  const TempDir& dir() const { return m_dir; }

  /// The home folder; the XDG folders are `.config`, `.local/state`, `.local/share`,
  /// `.cache` and `run` inside it, and `XDG_DATA_DIRS` is `system/share`.
  const std::filesystem::path& home() const { return m_dir.path(); }

  /// The one folder of `PATH`.
  std::filesystem::path bin() const { return home() / "bin"; }

  /// The user's routine folder.
  std::filesystem::path routines() const { return home() / ".config/stretch/routines"; }

  /// Writes `content` to `name` below the home folder; returns its path.
  std::filesystem::path write(const std::filesystem::path& name, std::string_view content) const
  {
    return m_dir.write(name, content);
  }

  /// Links the host's `tool` into the `PATH` folder.
  void link(const std::string& tool) const;

  /// Writes a fake program `name` into the `PATH` folder; returns its path.
  std::filesystem::path fake(const std::string& name, const Fake& how = {}) const;

  /// What the fakes logged, a line each: `SECONDS start NAME ARGS...`, then `SECONDS end
  /// NAME`, or `SECONDS killed NAME` when SIGTERM ended it; the seconds since the epoch with
  /// nanoseconds.
  std::string log() const;

  /// One start or end from the log.
  struct Call
  {
    double at = 0; // seconds since the epoch
    bool start = false;
    bool killed = false; // an end by SIGTERM
    std::string program;
    std::string args; // for a start
  };

  /// The log, read.
  std::vector<Call> calls() const;

  /// The calls of `program` only.
  std::vector<Call> calls_of(const std::string& program) const;

  /// Waits until the log holds at least `count` lines of `program` (starts and ends); false
  /// when `timeout` passes first. For fakes that run on after the binary has ended.
  bool wait_for_calls(const std::string& program, std::size_t count,
                      std::chrono::milliseconds timeout = std::chrono::seconds(10)) const;

  /// The whole environment the binary is run with.
  std::map<std::string, std::string> env;

private:
  TempDir m_dir;
};

} // namespace stretch::test
