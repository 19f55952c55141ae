// The history log on disk: appended to by every session, never rewritten.
#pragma once

#include "history/record.h"
#include "util/env.h"
#include "util/expected.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace stretch::history {

/// Where the log is: `$STRETCH_HISTORY`, else `$XDG_STATE_HOME/stretch/history.tsv`, by
/// default `~/.local/state/stretch/history.tsv`; nullopt when no home is known.
std::optional<std::filesystem::path> log_path(const util::EnvLookup& env);

/// Appends `line` (plus a line end) to the log at `path` in a single write to a file opened
/// with O_APPEND, so that sessions ending at the same time never mix their lines. A new log
/// starts with the header; new folders are made 0700, the file 0600. Fails with a message
/// that names the file or folder.
util::Expected<bool> append_line(const std::filesystem::path& path, std::string_view line);

/// A line the log could not use.
struct SkippedLine
{
  std::size_t line = 0;
  std::string why;
};

/// What reading the log gave: the sessions in file order, and the lines left out.
struct LogContents
{
  std::vector<SessionRecord> records;
  std::vector<SkippedLine> skipped;
};

/// Parses the text of a log. Comments and blank lines are ignored; any other line that is
/// not a record is skipped and reported.
LogContents parse_log(std::string_view text);

/// The largest log read, in bytes: decades of daily sessions.
inline constexpr std::size_t k_max_log_size = 64 * 1024 * 1024;

/// Reads the log at `path`; an absent log is empty. Fails with a message when it exists
/// but cannot be read.
util::Expected<LogContents> read_log(const std::filesystem::path& path);

} // namespace stretch::history
