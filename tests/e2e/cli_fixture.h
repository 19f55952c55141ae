// SPDX-License-Identifier: MIT
// Runs `stretch` in a sandbox: a temporary home, XDG folders and a PATH of its own.
#pragma once

#include "support/process.h"
#include "support/sandbox.h"
#include "support/temp_dir.h"

#include <string>
#include <vector>

namespace stretch::test {

/// A home folder of its own, and a helper to run the binary in it.
struct CliFixture
{
  Sandbox sandbox;
  const TempDir& home = sandbox.dir();
  std::map<std::string, std::string>& env = sandbox.env;

  /// Runs `stretch ARGS...` from `cwd` (the home folder when empty).
  ProcessResult run(const std::vector<std::string>& args, const std::filesystem::path& cwd = {},
                    const std::string& input = {})
  {
    std::vector<std::string> argv{stretch_binary()};
    argv.insert(argv.end(), args.begin(), args.end());
    return run_process(argv, {env, cwd.empty() ? home.path() : cwd, input});
  }

  /// The user's routine folder.
  std::filesystem::path routines() const { return sandbox.routines(); }
};

} // namespace stretch::test
