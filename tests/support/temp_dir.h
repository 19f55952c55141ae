// SPDX-License-Identifier: MIT
// A temporary folder for one test, removed with everything in it afterwards.
#pragma once

#include <filesystem>
#include <string_view>

namespace stretch::test {

/// Creates a fresh folder under $TMPDIR (or /tmp) and removes it on destruction.
class TempDir
{
public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return m_path; }

  /// Writes `content` to `name` below the folder, creating parent folders; returns its path.
  std::filesystem::path write(const std::filesystem::path& name, std::string_view content) const;

private:
  std::filesystem::path m_path;
};

} // namespace stretch::test
