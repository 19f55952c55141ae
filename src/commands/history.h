// SPDX-License-Identifier: MIT
// `stretch history`: the last sessions, the streak, a calendar, and the numbness follow-up.
#pragma once

#include "commands/context.h"
#include "history/device.h"
#include "history/local_time.h"
#include "history/reader.h"

#include <optional>
#include <string>

namespace stretch::commands {

/// What `stretch history` was asked for.
struct HistoryOptions
{
  std::optional<int> last{};          // `--last N`: how many sessions to list (10; with --tsv, all)
  bool tsv = false;                   // `--tsv`: the raw log lines, for spreadsheets
  std::optional<std::string> since{}; // `--since DATE`: only sessions from that day on
  std::optional<std::string> device{}; // `--device NAME`: only that device's sessions
  bool check = false;                  // `--check`: what the history holds, file by file
  std::optional<std::string> history_dir{}; // `history-dir`: a history folder
  std::string device_name{};                // `device`: this device's name, for a log moved in
};

/// Where this device keeps its history, and the device.
struct DeviceHistory
{
  history::Place place;
  history::Device device;
};

/// The history as `history_dir` (a history folder, or none) and `device_name` (this
/// device's name, or "") say. With a folder, this device's log is moved into it first, once,
/// and that said on `ctx.err`. nullopt when no home is known. A device id that cannot be
/// kept is a warning: the sessions go on without one.
std::optional<DeviceHistory> open_history(const Context& ctx, const std::optional<std::string>& history_dir,
                                          const std::string& device_name);

/// The most sessions `--last` lists.
inline constexpr int k_max_last = 10'000;

/// Prints the history as of `now` to `ctx.out`, reading the log as a stream, and warnings
/// about unreadable lines to `ctx.err`. Throws `UsageError` for a malformed `--since` or
/// `--last`, `Error` for an unreadable log.
int history_command(const Context& ctx, const HistoryOptions& options, history::Seconds now);

/// Warns on `ctx.err` about what reading the history skipped: lines (the first few of
/// each file, then how many more), files of a newer format or that cannot be read, files
/// past the limit.
void warn_about_read(const Context& ctx, const history::ReadReport& report);

} // namespace stretch::commands
