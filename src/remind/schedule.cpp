// SPDX-License-Identifier: MIT
// When a reminder fires.
#include "remind/schedule.h"

#include "i18n/format.h"
#include "util/strings.h"

#include <fmt/format.h>

namespace stretch::remind {

util::Expected<Schedule> parse_schedule(std::string_view at, bool weekdays)
{
  const std::size_t colon = at.find(':');
  const auto hour = colon == std::string_view::npos ? std::nullopt : util::parse_count(at.substr(0, colon), 99);
  const auto minute = colon == std::string_view::npos ? std::nullopt : util::parse_count(at.substr(colon + 1), 99);
  if (!hour || !minute || *hour > 23 || *minute > 59 || at.size() - colon - 1 != 2 || colon > 2) {
    return util::Unexpected{i18n::trf("`{at}` is not a time of day; write it like 07:30 or 19:05", fmt::arg("at", at))};

  }
  return Schedule{static_cast<int>(*hour), static_cast<int>(*minute), weekdays};
}

std::string describe(const Schedule& schedule)
{
  const std::string time = fmt::format("{:02}:{:02}", schedule.hour, schedule.minute);
  return schedule.weekdays ? i18n::trf("{time} on weekdays", fmt::arg("time", time))
                           : i18n::trf("{time} every day", fmt::arg("time", time));
}

std::string on_calendar(const Schedule& schedule)
{
  return fmt::format("{}*-*-* {:02}:{:02}:00", schedule.weekdays ? "Mon..Fri " : "", schedule.hour, schedule.minute);
}

util::Expected<Schedule> parse_on_calendar(std::string_view text)
{
  bool weekdays = false;
  if (text.starts_with("Mon..Fri ")) {
    weekdays = true;
    text.remove_prefix(9);
  }
  if (!text.starts_with("*-*-* ") || !text.ends_with(":00") || text.size() != 14) {
    return util::Unexpected{fmt::format("not a calendar event of stretch's: `{}`", text)};
  }
  return parse_schedule(text.substr(6, 5), weekdays);
}

std::string cron_time(const Schedule& schedule)
{
  return fmt::format("{} {} * * {}", schedule.minute, schedule.hour, schedule.weekdays ? "1-5" : "*");
}

} // namespace stretch::remind
