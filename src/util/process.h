// SPDX-License-Identifier: MIT
// Running other programs, never through a shell: the editor, the speech and notification programs.
#pragma once

#include "util/expected.h"

#include <chrono>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <sys/types.h>
#include <vector>

namespace stretch::util {

/// The executable file `name` in the first folder of `path` (a `$PATH` value) that has one;
/// relative folders are skipped. nullopt when there is none.
std::optional<std::filesystem::path> find_program(std::string_view name, std::string_view path);

/// The first of the programs `names` found by `find_program` in `path`, or nullopt.
std::optional<std::filesystem::path> find_first_program(std::span<const std::string_view> names, std::string_view path);

/// Where a started program's standard input, output and error go.
enum class Streams
{
  shared, ///< this program's own: the terminal
  null,   ///< /dev/null, all three
};

/// Starts `argv` with posix_spawnp (a PATH search, never a shell), with default signal
/// actions and an empty signal mask; with `own_group`, in a process group of its own, so
/// that it outlives this program's terminal (which hangs up the group it is in). Returns
/// its process id, or why it could not start.
Expected<pid_t> spawn(const std::vector<std::string>& argv, Streams streams, bool own_group = false);

/// What a program run by `run_captured` printed, and how it ended.
struct Captured
{
  int status = 0; // its exit status, or 128 + the signal that ended it
  std::string out;
  std::string err;
};

/// Runs `argv` (see `spawn`) with `input` on its standard input and its output and errors
/// collected, and waits for it. Fails when it cannot be started, prints more than `limit`
/// bytes on either stream, or runs longer than `timeout` (it is then killed): a crontab
/// program that hangs or floods never holds this one up.
Expected<Captured> run_captured(const std::vector<std::string>& argv, std::string_view input, std::size_t limit,
                                std::chrono::milliseconds timeout);

/// Starts `argv` with posix_spawnp, sharing the terminal, and waits for it to end. Ctrl-C
/// and Ctrl-\ go to it alone meanwhile. Returns its exit status (128 + the signal when a
/// signal ended it), or a message when it could not be started.
Expected<int> run_and_wait(const std::vector<std::string>& argv);

} // namespace stretch::util
