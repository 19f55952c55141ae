// SPDX-License-Identifier: MIT
// Points in time as the history log writes them, and the local calendar days that streaks
// count.
#include "history/local_time.h"

#include "i18n/format.h"

#include <ctime>
#include <fmt/format.h>

namespace stretch::history {
namespace {

using namespace std::chrono;

// Reads exactly `width` digits at `pos`; -1 when they are not all digits.
int digits(std::string_view text, std::size_t pos, std::size_t width)
{
  if (pos + width > text.size()) {
    return -1;
  }
  int value = 0;
  for (std::size_t i = pos; i < pos + width; ++i) {
    if (text[i] < '0' || text[i] > '9') {
      return -1;
    }
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

util::Expected<Day> read_date(std::string_view text)
{
  const int y = digits(text, 0, 4);
  const int m = digits(text, 5, 2);
  const int d = digits(text, 8, 2);
  if (y < 0 || m < 0 || d < 0 || text.size() < 10 || text[4] != '-' || text[7] != '-') {
    return util::Unexpected{i18n::tr("expected a date like 2026-11-26")};
  }
  if (y < k_first_year || y > k_last_year) {
    return util::Unexpected{i18n::trf("year {year} is outside {first} to {last}", fmt::arg("year", y),
                                      fmt::arg("first", k_first_year), fmt::arg("last", k_last_year))};
  }
  const year_month_day date{year{y}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}};
  if (!date.ok()) {
    return util::Unexpected{i18n::tr("no such date")};
  }
  return sys_days{date};
}

} // namespace

std::tm local_tm(Seconds t)
{
  // From the seconds themselves: the system clock's nanoseconds would overflow outside
  // 1678 to 2261.
  const auto when = static_cast<std::time_t>(t.time_since_epoch().count());
  std::tm local = {};
  ::localtime_r(&when, &local);
  return local;
}

std::string format_local_iso(Seconds t)
{
  const std::tm local = local_tm(t);
  const long offset_minutes = local.tm_gmtoff / 60;
  const long magnitude = offset_minutes < 0 ? -offset_minutes : offset_minutes;
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}{}{:02}:{:02}", local.tm_year + 1900, local.tm_mon + 1,
                     local.tm_mday, local.tm_hour, local.tm_min, local.tm_sec, offset_minutes < 0 ? '-' : '+',
                     magnitude / 60, magnitude % 60);
}

util::Expected<Seconds> parse_iso(std::string_view text)
{
  const auto date = read_date(text);
  if (!date && text.size() >= 10 && digits(text, 0, 4) >= 0 && date.error().starts_with("year ")) {
    return util::Unexpected{date.error()};
  }
  const int hh = digits(text, 11, 2);
  const int mm = digits(text, 14, 2);
  const int ss = digits(text, 17, 2);
  if (!date || text.size() < 20 || text[10] != 'T' || text[13] != ':' || text[16] != ':' || hh < 0 || hh > 23
      || mm < 0 || mm > 59 || ss < 0 || ss > 60) {
    return util::Unexpected{i18n::tr("expected a time like 2026-11-26T21:03:53+01:00")};
  }
  int offset = 0;
  const std::string_view zone = text.substr(19);
  if (zone == "Z") {
    offset = 0;
  } else {
    const int oh = digits(zone, 1, 2);
    const int om = digits(zone, 4, 2);
    if (zone.size() != 6 || (zone[0] != '+' && zone[0] != '-') || zone[3] != ':' || oh < 0 || oh > 18 || om < 0
        || om > 59) {
      return util::Unexpected{i18n::tr("expected a UTC offset like +01:00 or Z")};

    }
    offset = (zone[0] == '-' ? -1 : 1) * (oh * 60 + om);
  }
  const Seconds local_as_utc = *date + hours(hh) + minutes(mm) + seconds(ss);
  return local_as_utc - minutes(offset);
}

Day local_day(Seconds t)
{
  const std::tm local = local_tm(t);
  return sys_days{year_month_day{year{local.tm_year + 1900}, month{static_cast<unsigned>(local.tm_mon + 1)},
                                 day{static_cast<unsigned>(local.tm_mday)}}};
}

Day day_where_written(std::string_view written, Seconds t)
{
  if (written.size() == 20 && written[19] == 'Z') {
    return std::chrono::floor<std::chrono::days>(t);
  }
  const std::string_view zone = written.size() == 25 ? written.substr(19) : std::string_view();
  const int oh = digits(zone, 1, 2);
  const int om = digits(zone, 4, 2);
  if (zone.size() != 6 || (zone[0] != '+' && zone[0] != '-') || zone[3] != ':' || oh < 0 || oh > 18 || om < 0 || om > 59) {
    return local_day(t);
  }
  const minutes offset((zone[0] == '-' ? -1 : 1) * (oh * 60 + om));
  return std::chrono::floor<std::chrono::days>(t + offset);
}

Day LocalDays::operator()(Seconds t)
{
  if (t >= m_from && t < m_to) {
    return m_day;
  }
  const std::tm local = local_tm(t);
  m_day = sys_days{year_month_day{year{local.tm_year + 1900}, month{static_cast<unsigned>(local.tm_mon + 1)},
                                  day{static_cast<unsigned>(local.tm_mday)}}};
  // Local midnight at the start of that day and of the next, in UTC, as mktime(3) finds
  // them (it moves a midnight that daylight saving time skips to the hour that exists).
  std::tm start = local;
  start.tm_hour = start.tm_min = start.tm_sec = 0;
  start.tm_isdst = -1;
  std::tm next = start;
  next.tm_mday += 1;
  const std::time_t from = std::mktime(&start);
  const std::time_t to = std::mktime(&next);
  if (from != -1 && to != -1 && from <= t.time_since_epoch().count() && t.time_since_epoch().count() < to) {
    m_from = Seconds(seconds(from));
    m_to = Seconds(seconds(to));
  } else {
    m_from = Seconds::max(); // bounds that make no sense: no shortcut for this day
    m_to = Seconds::min();
  }
  return m_day;
}

util::Expected<Day> parse_date(std::string_view text)
{
  if (text.size() != 10) {
    return util::Unexpected{i18n::tr("expected a date like 2026-11-26")};
  }
  return read_date(text);
}

std::string days_text(long long days)
{
  return i18n::trnf("{n} day", "{n} days", days);
}

Day week_start(Day d, unsigned first_weekday)
{
  const weekday wd{d};
  return d - days{(wd.c_encoding() + 7 - first_weekday % 7) % 7};
}

Day month_start(Day d)
{
  const year_month_day date{d};
  return sys_days{date.year() / date.month() / 1};
}

} // namespace stretch::history
