// SPDX-License-Identifier: MIT
// Runs the built `stretch` binary as a user would, capturing what it prints.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace stretch::test {

/// What a finished process left behind.
struct ProcessResult
{
  int status = -1; // the exit status, or 128 + the signal that ended it
  std::string out;
  std::string err;
};

/// How to run a process.
struct ProcessOptions
{
  std::map<std::string, std::string> env{}; // the whole environment
  std::filesystem::path cwd{};              // empty: the current folder
  std::string input{};                      // written to its stdin, then closed
  int timeout_ms = 10'000;                // killed (and the test fails) after this long
};

/// Runs `argv` (argv[0] is the program path) and waits for it.
ProcessResult run_process(const std::vector<std::string>& argv, const ProcessOptions& options);

/// The path of the built `stretch` binary.
std::string stretch_binary();

/// The source folder of the project.
std::filesystem::path source_dir();

} // namespace stretch::test
