// Runs `stretch` with a clean environment and a temporary home folder.
#pragma once

#include "support/process.h"
#include "support/temp_dir.h"

#include <string>
#include <vector>

namespace stretch::test {

/// A home folder of its own, and a helper to run the binary in it.
struct CliFixture
{
  TempDir home;
  std::map<std::string, std::string> env{{"HOME", home.path().string()},
                                         {"PATH", "/usr/bin:/bin"},
                                         {"TERM", "dumb"},
                                         {"LANG", "C.UTF-8"}};

  /// Runs `stretch ARGS...` from `cwd` (the home folder when empty).
  ProcessResult run(const std::vector<std::string>& args, const std::filesystem::path& cwd = {},
                    const std::string& input = {})
  {
    std::vector<std::string> argv{stretch_binary()};
    argv.insert(argv.end(), args.begin(), args.end());
    return run_process(argv, {env, cwd.empty() ? home.path() : cwd, input});
  }

  /// The user's routine folder.
  std::filesystem::path routines() const { return home.path() / ".config/stretch/routines"; }
};

} // namespace stretch::test
