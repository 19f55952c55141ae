// SPDX-License-Identifier: MIT
// A history folder, kept in sync between devices by a sync engine.
#include "history/folder.h"

#include "i18n/format.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fmt/format.h>
#include <sys/stat.h>

namespace stretch::history {

bool is_conflict_copy(std::string_view name)
{
  constexpr std::array<std::string_view, 3> k_marks{".sync-conflict-", "conflicted copy", "_conflict-"};
  return std::any_of(k_marks.begin(), k_marks.end(), [&](std::string_view mark) {
    return name.find(mark) != std::string_view::npos;
  });
}

bool is_device_file_name(std::string_view name)
{
  if (!name.ends_with(".tsv") || is_conflict_copy(name)) {
    return false;
  }
  const std::string_view stem = name.substr(0, name.size() - 4);
  const auto hex = [](std::string_view digits) {
    return std::all_of(digits.begin(), digits.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
  };
  if (stem.size() == 16 && hex(stem)) {
    return true;
  }
  return stem.size() > 9 && stem[stem.size() - 9] == '-' && hex(stem.substr(stem.size() - 8));
}

util::Expected<std::vector<FolderFile>> folder_files(const std::filesystem::path& folder, std::size_t& left_out)
{
  left_out = 0;
  std::vector<FolderFile> files;
  DIR* dir = ::opendir(folder.c_str());
  if (dir == nullptr) {
    if (errno == ENOENT) {
      return files;
    }
    return util::Unexpected{i18n::trf("cannot read the folder {folder}: {reason}", fmt::arg("folder", folder.string()),
                                      fmt::arg("reason", std::strerror(errno)))};

  }
  while (const dirent* entry = ::readdir(dir)) {
    const std::string_view name = entry->d_name;
    if (name.empty() || name.front() == '.' || name.front() == '~') {
      continue;
    }
    const bool conflict = is_conflict_copy(name);
    if (!conflict && !name.ends_with(".tsv")) {
      continue;
    }
    if (files.size() == k_max_history_files) {
      ++left_out;
      continue;
    }
    std::filesystem::path path = folder / name;
    struct stat info = {};
    if (::stat(path.c_str(), &info) == 0 && S_ISREG(info.st_mode)) {
      files.push_back({std::move(path), conflict, is_device_file_name(name)});
    }
  }
  ::closedir(dir);
  std::sort(files.begin(), files.end(), [](const FolderFile& a, const FolderFile& b) { return a.path < b.path; });
  return files;
}

} // namespace stretch::history
