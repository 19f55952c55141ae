// SPDX-License-Identifier: MIT
// `stretch report`: one page to hand to a doctor or physical therapist, made from the
// history of a period.
#pragma once

#include "commands/context.h"
#include "history/local_time.h"

#include <optional>
#include <string>

namespace stretch::commands {

/// The longest period a report covers, in days: 20 years.
inline constexpr int k_max_report_days = 7305;

/// The period a report covers by default, in days, today included.
inline constexpr int k_default_report_days = 90;

/// What `stretch report` was asked for.
struct ReportOptions
{
  std::optional<std::string> since{};       // `--since DATE`: the first day (default: 90 days up to --until)
  std::optional<std::string> until{};       // `--until DATE`: the last day (default: today)
  std::optional<std::string> output{};      // `--output FILE`: where to write the page (default, or `-`: stdout)
  std::optional<std::string> history_dir{}; // `history-dir`: a history folder
  std::string device_name{};                // `device`: this device's name, for a log moved in
};

/// Writes the report of the period, as of `now`, to standard output or the file named;
/// says on `ctx.err` where it went when that is a file. Throws `UsageError` for dates that
/// make no period and `Error` when the history cannot be read or the page written.
int report_command(const Context& ctx, const ReportOptions& options, history::Seconds now);

} // namespace stretch::commands
