// Running another program and waiting for it: the user's editor.
#pragma once

#include "util/expected.h"

#include <string>
#include <string_view>
#include <vector>

namespace stretch::util {

/// `command` split at blanks into an argument vector: `"code --wait"` is `code`, `--wait`.
/// No shell and no quoting: what a `$VISUAL` of a program and its options needs.
std::vector<std::string> split_command(std::string_view command);

/// Starts `argv` with posix_spawnp, sharing the terminal, and waits for it to end. Ctrl-C
/// and Ctrl-\ go to it alone meanwhile. Returns its exit status (128 + the signal when a
/// signal ended it), or a message when it could not be started.
Expected<int> run_and_wait(const std::vector<std::string>& argv);

} // namespace stretch::util
