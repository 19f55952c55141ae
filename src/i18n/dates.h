// SPDX-License-Identifier: MIT
// The names of months and weekdays, and the first day of the week, in the user's language.
#pragma once

#include <string>
#include <string_view>

namespace stretch::i18n {

/// The short name of `month` (1 to 12): from the locale of dates (LC_TIME) when it is a
/// language's, else the English name (`Jan`) from the catalog.
std::string month_abbreviation(unsigned month);

/// The full name of `month` (1 to 12), as `month_abbreviation` finds it (`January`).
std::string month_name(unsigned month);

/// The short name of `weekday` (0 Sunday to 6 Saturday), as `month_abbreviation` finds it.
std::string weekday_abbreviation(unsigned weekday);

/// The first day of the week (0 Sunday to 6 Saturday): the locale's, where the C library
/// says it (glibc), else Monday, as ISO 8601 has it.
unsigned first_weekday();

/// `day` `month_name` `year` as the user's language writes a date (`3 December 2026`,
/// `3. Dezember 2026`).
std::string long_date(int year, unsigned month, unsigned day);

} // namespace stretch::i18n
