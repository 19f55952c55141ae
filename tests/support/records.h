// SPDX-License-Identifier: MIT
// History records for tests, written as the log writes them.
#pragma once

#include "history/record.h"

#include <stdexcept>
#include <string>
#include <string_view>

namespace stretch::test {

/// The record of one log line, read on its own; or why it is none.
inline util::Expected<history::SessionRecord> parse_record(std::string_view line)
{
  history::SessionRecord record;
  const auto format = history::read_record(line, record);
  if (!format) {
    return util::Unexpected{format.error()};
  }
  return record;
}

/// The record of a log line made of `start` (ISO 8601), `routine`, `outcome`, `seconds`,
/// holds 1 of 1 (0 of 1 when `steps` is 0), `answers` (or `-`), `episode` (or `-`) and,
/// when not negative, `steps` done (a line of format 3; else of format 2).
inline history::SessionRecord record(const std::string& start, const std::string& routine = "calf",
                                     const std::string& outcome = "done", long long seconds = 190,
                                     const std::string& answers = "-", const std::string& episode = "-",
                                     long long steps = -1)
{
  // Holds 1 of 1, or 0 of 1 for a session that did no step.
  std::string line = start + "\t" + routine + "\t" + outcome + "\t" + std::to_string(seconds) + (steps == 0 ? "\t0\t1\t" : "\t1\t1\t")
                     + answers + "\t" + episode;
  if (steps >= 0) {
    line += "\t" + std::to_string(steps);
  }
  auto parsed = parse_record(line);
  if (!parsed) {
    throw std::invalid_argument(line + ": " + parsed.error());
  }
  return *parsed;
}

/// The calendar day of `text` (YYYY-MM-DD).
inline history::Day day(const std::string& text)
{
  return *history::parse_date(text);
}

} // namespace stretch::test
