// SPDX-License-Identifier: MIT
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
  std::optional<int> last{};          // `--last N`: how many sessions to list (10; with --tsv, all)
  bool tsv = false;                   // `--tsv`: the raw log lines, for spreadsheets
  std::optional<std::string> since{}; // `--since DATE`: only sessions from that day on
};

/// The most sessions `--last` lists.
inline constexpr int k_max_last = 10'000;

/// Prints the history as of `now` to `ctx.out`, reading the log as a stream, and warnings
/// about unreadable lines to `ctx.err`. Throws `UsageError` for a malformed `--since` or
/// `--last`, `Error` for an unreadable log.
int history_command(const Context& ctx, const HistoryOptions& options, history::Seconds now);

/// Warns on `ctx.err` about the lines of the log at `path` that were skipped (the first
/// few, then how many more), and when only the end of the log was read.
void warn_about_read(const Context& ctx, const std::string& path, const history::ReadSummary& summary);

} // namespace stretch::commands
