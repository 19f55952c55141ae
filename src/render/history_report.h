// SPDX-License-Identifier: MIT
// What `stretch history` prints: the streak, the minutes of the week and the month, the
// numb days of the last 30, a calendar, the last sessions, and the advice to see someone.
#pragma once

#include "history/numbness.h"
#include "history/stats.h"
#include "render/style.h"

#include <cstddef>
#include <span>
#include <string>

namespace stretch::render {

/// What the report is made of.
struct HistoryReport
{
  const history::Tally& tally;                    // the whole log, summed
  const history::NumbnessFollowUp& follow_up;     // the numbness episodes of the last 30 days
  std::span<const history::SessionRecord> recent; // the sessions to list, oldest first
  history::Day today;
  std::span<const std::string> devices{};         // the devices the history holds, by name; shown when 2 or more
};

/// How the report is laid out.
struct ReportStyle
{
  const Palette* palette = nullptr;
  bool color = false;     // the calendar shaded in colors
  bool unicode = true;    // block characters, `·` and `…`; ASCII otherwise
  std::size_t width = 80; // the lines fit this many columns: fewer weeks, shorter session lines
};

/// The report, every line ending in a line end. Names and questions from the log reach
/// the terminal safely.
std::string format_history_report(const HistoryReport& report, const ReportStyle& style);

/// How a session ended (`outcome`), in the user's language: `done`, `stopped`,
/// `interrupted` (the log keeps the English word).
std::string outcome_text(session::Outcome outcome);

/// One session as the report lists it: when it started (local time), the routine (padded to
/// `name_width`), its active time and outcome, and what its answers came to (for a
/// numbness episode, whether the numbness went first), cut to `width` columns, the answers
/// first.
std::string format_session_line(const history::SessionRecord& record, std::size_t name_width, const ReportStyle& style);

} // namespace stretch::render
