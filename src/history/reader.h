// SPDX-License-Identifier: MIT
// The history as a whole: the log, or every file of a history folder, each session once.
#pragma once

#include "history/folder.h"
#include "history/log_file.h"
#include "util/env.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace stretch::history {

/// Where the history is.
struct Place
{
  LogPath log; // the log; with a folder, the one whose sessions move into this device's file
  std::optional<std::filesystem::path> folder{}; // a history folder (`history-dir`), or none
};

/// Where the history is: the log `STRETCH_HISTORY` names, else the folder `history_dir`
/// names (`~/` is the home folder) with the default log to move in, else the default log
/// (see `log_path`); nullopt when no home is known.
std::optional<Place> history_place(const util::EnvLookup& env, const std::optional<std::string>& history_dir);

/// A file that was not read, and why.
struct FileSkipped
{
  std::filesystem::path path;
  std::string why;
};

/// A file with lines that were skipped (a line cut off by a sync still under way, ...).
struct FileWithSkipped
{
  std::filesystem::path path;
  ReadSummary summary;
};

/// What reading a history came to, besides its sessions.
struct ReadReport
{
  std::size_t files = 0;           // files read
  std::size_t conflict_copies = 0; // of them, copies a sync engine left beside a file
  std::size_t sessions = 0;        // sessions, each counted once
  std::size_t duplicates = 0;      // sessions found again, and counted once
  std::size_t files_left_out = 0;  // past `k_max_history_files`
  std::vector<FileWithSkipped> with_skipped;
  std::vector<FileSkipped> skipped; // written in a newer format, or unreadable
};

/// Reads every session of the history at `place` once, calling `each`: the log, or each
/// file of the folder, a session found again in another file (or twice in one) counted
/// once. With `since`, only the sessions that started from then on, each file read from its
/// end. A file of a newer format than this program writes is skipped, and said. Fails only
/// when the log, or the folder, cannot be read.
util::Expected<ReadReport> read_history(const Place& place, const LogParser::OnRecord& each,
                                        std::optional<Seconds> since = std::nullopt);

} // namespace stretch::history
