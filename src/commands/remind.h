// SPDX-License-Identifier: MIT
// `stretch remind`: a daily reminder to run a routine, as a systemd user timer or, where no
// systemd user instance runs, a line of the user's crontab; listed and removed alike.
#pragma once

#include "commands/context.h"
#include "util/process.h"

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stretch::commands {

/// What `stretch remind` was asked for.
struct RemindOptions
{
  enum class Action { add, list, remove };
  Action action = Action::add;
  std::string routine{}; // for add and remove
  std::string at{};      // for add: `07:30`
  bool weekdays = false;
  bool names_only = false; // for list: bare routine names, for shell completion
};

/// The world outside `remind`: systemd, cron, and what shows a notification.
struct RemindIo
{
  /// Whether a systemd user instance runs (its socket is there and systemctl in PATH).
  bool systemd = false;
  /// The folder of the user's units: `$XDG_CONFIG_HOME/systemd/user`.
  std::optional<std::filesystem::path> unit_dir;
  /// Runs `systemctl --user --quiet ARGS...`; its exit status, or a message.
  std::function<util::Expected<int>(const std::vector<std::string>& args)> systemctl;
  /// Whether a crontab program is in PATH.
  bool cron = false;
  /// Runs `crontab ARGS...` with `input` on its standard input.
  std::function<util::Expected<util::Captured>(const std::vector<std::string>& args, std::string_view input)> crontab;
  /// The notification program to start from a timer or a crontab (the first of
  /// `remind::k_notification_programs` in PATH); none found, no reminder can be made.
  std::optional<std::filesystem::path> notifier;
  /// The desktop bus address to give a crontab line, if known.
  std::string bus;
};

/// The real world, as `env` describes it.
RemindIo process_remind_io(const util::EnvLookup& env);

/// Adds, lists or removes reminders.
///
/// Adding writes the timer and service units and enables the timer when a systemd user
/// instance runs, else puts a line in the user's crontab (every other line kept as it
/// was); a reminder of the same routine is replaced, also one the other way. When enabling
/// or writing fails, what was there before is put back. Listing shows the enabled timers
/// and the crontab's reminder lines; removing takes a reminder out of both. Throws
/// `UsageError` for an unknown routine, a malformed time or no such reminder, `Error`
/// when there is no notification program, neither systemd nor cron, a value no unit or
/// crontab line can hold, or when systemctl or crontab fails.
int remind_command(const Context& ctx, const RemindOptions& options, const RemindIo& io);

} // namespace stretch::commands
