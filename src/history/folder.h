// SPDX-License-Identifier: MIT
// A history folder, kept in sync between devices by a sync engine (Syncthing, Nextcloud,
// Dropbox, git): each device appends to a file of its own, and the history is the union of
// the folder's files, the copies sync engines leave beside a file they could not merge
// included.
#pragma once

#include "util/expected.h"

#include <cstddef>
#include <filesystem>
#include <string_view>
#include <vector>

namespace stretch::history {

/// The most files of a history folder read: a device each, and their copies.
inline constexpr std::size_t k_max_history_files = 1000;

/// A file of a history folder.
struct FolderFile
{
  std::filesystem::path path;
  bool conflict = false; // a copy a sync engine left beside a file it could not merge
  bool own = false;      // named as a device's own file is (see `is_device_file_name`)
};

/// Whether `name` is what a device calls its own file (see `device_file_name`):
/// `NAME-ID8.tsv` or `ID.tsv`, the id in lowercase hex digits. Only its device appends to
/// it, so it holds each session once; any other file of the folder is a copy.
bool is_device_file_name(std::string_view name);

/// Whether the file called `name` is a copy a sync engine left beside one it could not
/// merge: Syncthing's `NAME.sync-conflict-DATE-TIME-ID.tsv`, Dropbox's and Nextcloud's
/// `NAME (conflicted copy DATE).tsv` (or `NAME (WHO's conflicted copy DATE).tsv`), and
/// Nextcloud's older `NAME_conflict-DATE-TIME.tsv`.
bool is_conflict_copy(std::string_view name);

/// The files of `folder` that hold sessions, sorted by name: every `*.tsv` and every
/// conflict copy of one, regular files only; names starting with `.` or `~` (the files
/// sync engines and editors write on the way) are left out. At most `k_max_history_files`;
/// `left_out` counts the rest. A folder that does not exist holds none. Fails with a
/// message when the folder cannot be read.
util::Expected<std::vector<FolderFile>> folder_files(const std::filesystem::path& folder, std::size_t& left_out);

} // namespace stretch::history
