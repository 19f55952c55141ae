// SPDX-License-Identifier: MIT
// Reads a whole file into a string, for checking what a test's subject wrote.
#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace stretch::test {

/// The bytes of the file at `path`; empty when it cannot be read.
inline std::string read_text(const std::filesystem::path& path)
{
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

} // namespace stretch::test
