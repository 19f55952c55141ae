// Running other programs, never through a shell: the editor, the speech and notification programs.
#pragma once

#include "util/expected.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <sys/types.h>
#include <vector>

namespace stretch::util {

/// `command` split at blanks into an argument vector: `"code --wait"` is `code`, `--wait`.
/// No shell and no quoting: what a `$VISUAL` of a program and its options needs.
std::vector<std::string> split_command(std::string_view command);

/// The executable file `name` in the first folder of `path` (a `$PATH` value) that has one;
/// relative folders are skipped. nullopt when there is none.
std::optional<std::filesystem::path> find_program(std::string_view name, std::string_view path);

/// Where a started program's standard input, output and error go.
enum class Streams
{
  shared, ///< this program's own: the terminal
  null,   ///< /dev/null, all three
};

/// Starts `argv` with posix_spawnp (a PATH search, never a shell), with default signal
/// actions and an empty signal mask. Returns its process id, or why it could not start.
Expected<pid_t> spawn(const std::vector<std::string>& argv, Streams streams);

/// Starts `argv` with posix_spawnp, its standard input, output and error on /dev/null, and
/// does not wait for it: for a program whose end does not matter (a notification). Ended
/// children are collected by the next call. False when it could not be started.
bool start_detached(const std::vector<std::string>& argv);

/// Starts `argv` with posix_spawnp, sharing the terminal, and waits for it to end. Ctrl-C
/// and Ctrl-\ go to it alone meanwhile. Returns its exit status (128 + the signal when a
/// signal ended it), or a message when it could not be started.
Expected<int> run_and_wait(const std::vector<std::string>& argv);

} // namespace stretch::util
