// SPDX-License-Identifier: MIT
// The systemd user units of a reminder: a timer that fires at the time asked (and, with
// Persistent=true, at wake-up when the machine slept through it) and a service that shows
// a notification saying which routine to run.
#pragma once

#include "remind/schedule.h"
#include "util/expected.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stretch::remind {

/// The stem of a reminder's unit files: `stretch-remind-daily`.
std::string unit_stem(std::string_view routine);

/// Why `routine` cannot have a reminder (its name has characters a unit name cannot
/// hold), or nullopt.
std::optional<std::string> check_reminder_name(std::string_view routine);

/// The timer unit of a reminder to run `routine` on `schedule`.
std::string timer_unit(std::string_view routine, const Schedule& schedule);

/// The notification programs a reminder can start, in the order they are looked for:
/// notify-send (Linux desktops), termux-notification (Termux:API on phones) and osascript
/// (macOS).
inline constexpr std::string_view k_notification_programs[] = {"notify-send", "termux-notification", "osascript"};

/// The argument vector that shows the reminder for `routine` with `program` (one of
/// `k_notification_programs`, told apart by its file name).
std::vector<std::string> notification_argv(std::string_view routine, const std::filesystem::path& program);

/// The service unit that the timer starts: `notification_argv`, each word quoted the way
/// systemd reads them. Fails for a `program` whose path systemd refuses to start: one with
/// a quote, a backslash, a control character or bytes that are not UTF-8; a path with `.`
/// or doubled slashes in it is written normalized, as systemd wants it.
util::Expected<std::string> service_unit(std::string_view routine, const std::filesystem::path& program);

/// The routine and schedule that `timer_unit` wrote into `text`, or nullopt for a timer
/// that is no reminder of stretch's.
std::optional<std::pair<std::string, Schedule>> read_timer(std::string_view text);

} // namespace stretch::remind
