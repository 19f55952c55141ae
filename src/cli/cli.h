// SPDX-License-Identifier: MIT
// The command line: the rows of the command and option tables, parsed with CLI11; runs the
// command.
#pragma once

#include <string_view>
#include <vector>

namespace stretch::cli {

/// Runs `stretch` with `argv`; returns the exit status: 0 success, 1 runtime or data error,
/// 2 usage error, 130 after Ctrl-C.
int run(int argc, const char* const* argv);

} // namespace stretch::cli
