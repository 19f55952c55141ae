// SPDX-License-Identifier: MIT
// The command line: parses arguments with CLI11 and calls the commands.
#pragma once

namespace stretch::cli {

/// Runs `stretch` with `argv`; returns the exit status: 0 success, 1 runtime or data error,
/// 2 usage error, 130 after Ctrl-C.
int run(int argc, const char* const* argv);

} // namespace stretch::cli
