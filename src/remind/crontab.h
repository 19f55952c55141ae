// SPDX-License-Identifier: MIT
// A reminder as a line of the user's crontab, for machines without a systemd user instance:
// the line, written so that cron and the shell it starts read every word as written, and
// the edits that add or remove stretch's own lines while keeping every other byte.
#pragma once

#include "remind/schedule.h"
#include "util/expected.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace stretch::remind {

/// The longest crontab line written: cron reads at most about 1000 bytes of a command.
inline constexpr std::size_t k_max_crontab_line = 990;

/// `word` as one word of a crontab command: quoted for the shell cron runs it with, and
/// with every `%` (which cron turns into a line break) escaped as cron reads it.
std::string cron_quoted(std::string_view word);

/// The crontab line that runs `notification_argv` at `schedule`, with `bus` (the user's
/// desktop bus address, if known) in its environment, and a comment at its end that marks
/// it as the reminder of `routine`. Fails when a value holds a control byte (a line break
/// would end the line early) or the line is too long for cron.
util::Expected<std::string> crontab_line(std::string_view routine, const Schedule& schedule,
                                         const std::filesystem::path& program, std::string_view bus);

/// A reminder found in a crontab.
struct CronReminder
{
  std::string routine;
  Schedule schedule;
};

/// The reminders of stretch's in the crontab `text`: its lines that `crontab_line` wrote.
std::vector<CronReminder> read_crontab(std::string_view text);

/// `text` without the reminder lines of `routine`; every other line byte for byte.
std::string without_reminder(std::string_view text, std::string_view routine);

/// `text` with `line` as the one reminder line of `routine`, at the end; every other line
/// byte for byte (a missing line end at the end is added, as cron needs one).
std::string with_reminder(std::string_view text, std::string_view routine, std::string_view line);

/// Whether the message of a failed `crontab -l` says only that the user has no crontab yet
/// (as cron, cronie, macOS and busybox say it), rather than that it could not be read.
bool says_no_crontab(std::string_view message);

} // namespace stretch::remind
