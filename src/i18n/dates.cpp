// SPDX-License-Identifier: MIT
// The names of months and weekdays, and the first day of the week, in the user's language.
#include "i18n/dates.h"

#include "i18n/catalog.h"

#include <clocale>
#include <cstdint>
#include <fmt/format.h>
#include <langinfo.h>
#include <string_view>

namespace stretch::i18n {
namespace {

constexpr const char* k_months[] = {N_("January"), N_("February"), N_("March"),     N_("April"),
                                    N_("May"),     N_("June"),     N_("July"),      N_("August"),
                                    N_("September"), N_("October"), N_("November"), N_("December")};
// The short names of months, in a calendar of 3 columns or so: in the context `month` (the
// short May is the long one).
constexpr const char* k_short_months[] = {NC_("month", "Jan"), NC_("month", "Feb"), NC_("month", "Mar"),
                                          NC_("month", "Apr"), NC_("month", "May"), NC_("month", "Jun"),
                                          NC_("month", "Jul"), NC_("month", "Aug"), NC_("month", "Sep"),
                                          NC_("month", "Oct"), NC_("month", "Nov"), NC_("month", "Dec")};
constexpr const char* k_short_weekdays[] = {N_("Sun"), N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat")};

// Whether the locale of dates is a language's: not C or POSIX (with any character set). The
// user's locale of dates is loaded here, the first time a date is named.
bool dates_localized()
{
  [[maybe_unused]] static const bool loaded = [] {
    std::setlocale(LC_TIME, "");
    return true;
  }();
  const char* name = std::setlocale(LC_TIME, nullptr);
  if (name == nullptr) {
    return false;
  }
  const std::string_view locale(name);
  return !(locale == "C" || locale == "POSIX" || locale.starts_with("C.") || locale.starts_with("POSIX."));
}

// The name the locale of dates gives `item`, else `english` translated (in `context`, if any).
std::string from_locale_or(nl_item item, const char* english, const char* context = nullptr)
{
  if (dates_localized()) {
    const char* name = ::nl_langinfo(item);
    if (name != nullptr && *name != '\0') {
      return name;
    }
  }
  return context != nullptr ? trc(context, english) : tr(english);
}

} // namespace

std::string month_abbreviation(unsigned month)
{
  constexpr nl_item k_items[] = {ABMON_1, ABMON_2, ABMON_3, ABMON_4, ABMON_5, ABMON_6,
                                 ABMON_7, ABMON_8, ABMON_9, ABMON_10, ABMON_11, ABMON_12};
  const unsigned m = (month + 11) % 12;
  return from_locale_or(k_items[m], k_short_months[m], "month");
}

std::string month_name(unsigned month)
{
  constexpr nl_item k_items[] = {MON_1, MON_2, MON_3, MON_4, MON_5, MON_6, MON_7, MON_8, MON_9, MON_10, MON_11, MON_12};
  const unsigned m = (month + 11) % 12;
  return from_locale_or(k_items[m], k_months[m]);
}

std::string weekday_abbreviation(unsigned weekday)
{
  constexpr nl_item k_items[] = {ABDAY_1, ABDAY_2, ABDAY_3, ABDAY_4, ABDAY_5, ABDAY_6, ABDAY_7};
  return from_locale_or(k_items[weekday % 7], k_short_weekdays[weekday % 7]);
}

unsigned first_weekday()
{
#if defined(__GLIBC__)
  if (dates_localized()) {
    // glibc: the first weekday counts from 1 at the day `week-1stday` names (a date such as
    // 19971130, a Sunday).
    const auto first = static_cast<unsigned>(*::nl_langinfo(_NL_TIME_FIRST_WEEKDAY));
    const auto start = static_cast<unsigned>(reinterpret_cast<std::uintptr_t>(::nl_langinfo(_NL_TIME_WEEK_1STDAY)));
    const unsigned start_weekday = start == 19971201 ? 1 : 0; // a Monday, else the usual Sunday
    if (first >= 1 && first <= 7) {
      return (start_weekday + first - 1) % 7;
    }
  }
#endif
  return 1;
}

std::string long_date(int year, unsigned month, unsigned day)
{
  try {
    // TRANSLATORS: a date in a sentence; {month} is the month's full name.
    return fmt::format(fmt::runtime(tr("{day} {month} {year}")), fmt::arg("day", day), fmt::arg("month", month_name(month)),
                       fmt::arg("year", year));
  } catch (const fmt::format_error&) {
    return fmt::format("{} {} {}", day, month_name(month), year);
  }
}

} // namespace stretch::i18n
