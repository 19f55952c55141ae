// `stretch history`: the last sessions, the streak, a calendar, and the numbness follow-up.
#pragma once

#include "commands/context.h"
#include "history/local_time.h"
#include "history/log_file.h"

#include <optional>
#include <string>

namespace stretch::commands {

/// What `stretch history` was asked for.
struct HistoryOptions
{
  std::optional<int> last{};        // `--last N`: how many sessions to list (10; with --tsv, all)
  bool tsv = false;                 // `--tsv`: the raw log lines, for spreadsheets
  std::optional<std::string> since{}; // `--since DATE`: only sessions from that day on
};

/// Prints the history as of `now` to `ctx.out`, and a warning per unreadable log line to
/// `ctx.err`. Throws `UsageError` for a malformed `--since`, `Error` for an unreadable log.
int history_command(const Context& ctx, const HistoryOptions& options, history::Seconds now);

/// Warns on `ctx.err` about the lines of the log at `path` that were skipped (the first few,
/// then how many more).
void warn_skipped(const Context& ctx, const std::string& path, const std::vector<history::SkippedLine>& skipped);

} // namespace stretch::commands
