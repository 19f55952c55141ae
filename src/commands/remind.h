// SPDX-License-Identifier: MIT
// `stretch remind`: a daily reminder to run a routine, as a systemd user timer (or, where
// there is no systemd user instance, a crontab line to add).
#pragma once

#include "commands/context.h"

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
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
};

/// The world outside `remind`: systemd, and where its user units live.
struct SystemdIo
{
  /// Whether a systemd user instance runs (its socket is there and systemctl in PATH).
  bool available = false;
  /// The folder of the user's units: `$XDG_CONFIG_HOME/systemd/user`.
  std::optional<std::filesystem::path> unit_dir;
  /// Runs `systemctl --user ARGS...`; its exit status, or a message.
  std::function<util::Expected<int>(const std::vector<std::string>& args)> systemctl;
  /// The notification program to start from a timer or a crontab (the first of
  /// `remind::k_notification_programs` in PATH); none found, no reminder can be made.
  std::optional<std::filesystem::path> notifier;
  /// The desktop bus address to give a crontab line, if known.
  std::string bus;
};

/// The real world, as `env` describes it.
SystemdIo process_systemd_io(const util::EnvLookup& env);

/// Adds, lists or removes reminders. Adding writes the timer and service units and enables
/// the timer, or prints a crontab line when there is no systemd user instance; removing
/// disables the timer and deletes both units. Throws `UsageError` for an unknown routine or
/// a malformed time, `Error` when there is no notification program, the units cannot be
/// written or systemctl fails.
int remind_command(const Context& ctx, const RemindOptions& options, const SystemdIo& io);

} // namespace stretch::commands
