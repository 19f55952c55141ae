// SPDX-License-Identifier: MIT
// The history log on disk: appended to by every session, never rewritten, read as a
// stream so that its length costs time but never memory.
#pragma once

#include "history/record.h"
#include "util/env.h"
#include "util/expected.h"

#include <cstddef>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace stretch::history {

/// Where the log is, and whether the user named it (in `STRETCH_HISTORY`). Only a log the
/// user named may be reached through a symbolic link or lie in a folder of someone else's.
struct LogPath
{
  std::filesystem::path path;
  bool named = false;
};

/// Where the log is: `$STRETCH_HISTORY`, else `$XDG_STATE_HOME/stretch/history.tsv`, by
/// default `~/.local/state/stretch/history.tsv`; nullopt when no home is known.
std::optional<LogPath> log_path(const util::EnvLookup& env);

/// Appends `line` (plus a line end) to the log: whole or not at all. New folders are made
/// 0700, a new log 0600, and an empty log gets the header first. Holds a lock on the log
/// while it writes, so that sessions ending together never mix or tear their lines; after
/// a short write (a full disk), cuts the log back to where it was. Refuses, without
/// blocking, anything but a regular file, and (unless `log.named`) a symbolic link or a
/// folder that belongs to another user. Fails with a message that names the file or folder
/// and the real cause.
util::Expected<bool> append_line(const LogPath& log, std::string_view line);

/// A line the log could not use. `line` is 1-based, 0 when unknown (a log read from its end).
struct SkippedLine
{
  std::size_t line = 0;
  std::string why;
};

/// The longest line read; a longer one is skipped.
inline constexpr std::size_t k_max_log_line = 64 * 1024;

/// Turns the bytes of a log, fed in pieces of any size, into records and skipped lines.
/// Comments and blank lines are ignored. Keeps no more than one line in memory, and reads
/// every line into the same record, so that a long log costs no allocation a line.
class LogParser
{
public:
  /// Takes each record, with its line as the log holds it when that is of the current
  /// format (else empty: an older line, which `format_record` writes anew). Both are valid
  /// for the call only.
  using OnRecord = std::function<void(const SessionRecord& record, std::string_view line)>;
  using OnSkipped = std::function<void(SkippedLine&&)>;

  /// Calls `on_record` for each record and `on_skipped` for each line that is none.
  LogParser(OnRecord on_record, OnSkipped on_skipped);

  /// Takes the next `bytes` of the log.
  void feed(std::string_view bytes);

  /// Ends the log: a last line without its line end was cut off, and is skipped.
  void finish();

  /// Counts lines from `first` (for a log read from the middle: 0, unknown).
  void number_lines_from(std::size_t first) { m_number = first == 0 ? 0 : first - 1; m_numbered = first != 0; }

private:
  void line(std::string_view text, bool complete);

  OnRecord m_on_record;
  OnSkipped m_on_skipped;
  SessionRecord m_record; // every line is read into this one
  std::string m_partial;
  bool m_too_long = false;
  std::size_t m_number = 0;
  bool m_numbered = true;
};

/// The most of a log read from its end for the recent sessions.
inline constexpr std::size_t k_max_recent_size = 4 * 1024 * 1024;

/// What a read of the log amounted to, besides its records.
struct ReadSummary
{
  std::size_t skipped = 0;              // lines skipped
  std::vector<SkippedLine> first_skipped; // the first few of them
  bool partial = false;                 // read from its end: only the recent part was
};

/// Reads the whole log line by line, calling `on_record` for each session: however long it
/// is, in flat memory. An absent log is empty. Fails with a message when the log exists but
/// cannot be read.
util::Expected<ReadSummary> read_log(const LogPath& log, const LogParser::OnRecord& on_record);

/// The format the log's header names (`# stretch history, format 4`), or nullopt when it
/// has none (or cannot be read).
std::optional<int> log_format(const LogPath& log);

/// Reads the log backwards from its end, calling `on_record` for the sessions that
/// started from `since` on, and stopping soon after the first that started a day before
/// it (a log kept on several machines may be a little out of order), or after
/// `k_max_recent_size` bytes: what the end of a session needs, however long the log.
util::Expected<ReadSummary> read_recent(const LogPath& log, Seconds since, const LogParser::OnRecord& on_record);

} // namespace stretch::history
