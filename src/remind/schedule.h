// SPDX-License-Identifier: MIT
// When a reminder fires: a time of day, every day or on weekdays, in the forms systemd
// timers and crontab lines take.
#pragma once

#include "util/expected.h"

#include <string>
#include <string_view>

namespace stretch::remind {

/// A time of day to be reminded at.
struct Schedule
{
  int hour = 0;
  int minute = 0;
  bool weekdays = false; // Monday to Friday only
};

/// Reads `at`, a time of day as `7:30`, `07:30` or `19:05` (24-hour), into a schedule.
util::Expected<Schedule> parse_schedule(std::string_view at, bool weekdays);

/// `schedule` for people: `07:30 on weekdays`, `19:05 every day`.
std::string describe(const Schedule& schedule);

/// `schedule` as a systemd calendar event: `Mon..Fri *-*-* 07:30:00`.
std::string on_calendar(const Schedule& schedule);

/// Reads back a calendar event that `on_calendar` wrote; fails on any other.
util::Expected<Schedule> parse_on_calendar(std::string_view text);

/// The time fields of a crontab line for `schedule`: `30 7 * * 1-5`.
std::string cron_time(const Schedule& schedule);

} // namespace stretch::remind
