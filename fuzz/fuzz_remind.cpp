// SPDX-License-Identifier: MIT
// libFuzzer target for the reminder parsers: a time of day as typed, a calendar event, a
// timer unit read back from disk and a crontab. Whatever the bytes, no crash, what is
// accepted writes back to the same thing, and removing a reminder from a crontab removes
// it and nothing else.
#include "remind/crontab.h"
#include "remind/schedule.h"
#include "remind/units.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
  using namespace stretch::remind;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto same = [](const Schedule& a, const Schedule& b) {
    return a.hour == b.hour && a.minute == b.minute && a.weekdays == b.weekdays;
  };
  for (const bool weekdays : {false, true}) {
    if (const auto schedule = parse_schedule(text, weekdays)) {
      if (schedule->hour < 0 || schedule->hour > 23 || schedule->minute < 0 || schedule->minute > 59) {
        std::abort();
      }
      const auto again = parse_on_calendar(on_calendar(*schedule));
      if (!again || !same(*again, *schedule)) {
        std::abort();
      }
      (void)describe(*schedule);
      (void)cron_time(*schedule);
    }
  }
  if (const auto schedule = parse_on_calendar(text)) {
    if (schedule->hour < 0 || schedule->hour > 23 || schedule->minute < 0 || schedule->minute > 59) {
      std::abort();
    }
  }
  if (const auto reminder = read_timer(text)) {
    // A timer read back names a routine a reminder could have been made for.
    if (check_reminder_name(reminder->first)) {
      std::abort();
    }
    const auto again = read_timer(timer_unit(reminder->first, reminder->second));
    if (!again || again->first != reminder->first || !same(again->second, reminder->second)) {
      std::abort();
    }
  }
  const std::vector<CronReminder> reminders = read_crontab(text);
  for (const CronReminder& reminder : reminders) {
    const std::string without = without_reminder(text, reminder.routine);
    const std::vector<CronReminder> left = read_crontab(without);
    const auto named = [&](const CronReminder& other) { return other.routine == reminder.routine; };
    const auto others = static_cast<std::size_t>(std::count_if(reminders.begin(), reminders.end(), named));
    if (std::any_of(left.begin(), left.end(), named) || left.size() != reminders.size() - others) {
      std::abort();
    }
  }
  return 0;
}
