// SPDX-License-Identifier: MIT
#include "render/history_report.h"

#include "support/records.h"
#include "support/time_zone.h"
#include "util/utf8.h"

#include <doctest/doctest.h>

using namespace stretch;
using test::day;
using test::record;

TEST_SUITE_BEGIN("render/history_report");

namespace {

const render::Palette k_plain = render::Palette::plain();

// The lines of `text`.
std::vector<std::string> lines_of(const std::string& text)
{
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (std::size_t end = text.find('\n'); end != std::string::npos; end = text.find('\n', start)) {
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

} // namespace

TEST_CASE("format_session_line: when, what, how long, how it ended, then the answers, cut to the width")
{
  const test::ScopedTimeZone zone("UTC0");
  const auto midrun = record("2026-11-26T07:00:00Z", "midrun", "done", 370, "Has the numbness gone?=no", "numbness");
  const render::ReportStyle wide{&k_plain, false, true, 80};
  CHECK(render::format_session_line(midrun, 8, wide)
        == "  2026-11-26 07:00  midrun     6:10  done  numbness stayed");
  const render::ReportStyle narrow{&k_plain, false, true, 50};
  CHECK(render::format_session_line(midrun, 8, narrow) == "  2026-11-26 07:00  midrun     6:10  done  numbne…");
  const render::ReportStyle tiny{&k_plain, false, false, 20};
  CHECK(render::format_session_line(midrun, 8, tiny) == "  2026-11-26 07:0...");
  // A name from the log reaches the terminal safely.
  const auto evil = record("2026-11-26T07:00:00Z", "x\\x1b[2Jy");
  CHECK(render::format_session_line(evil, 8, wide).find('\x1b') == std::string::npos);
}

TEST_CASE("format_history_report: totals, calendar, sessions, and the lines within a terminal's width")
{
  const test::ScopedTimeZone zone("UTC0");
  history::Tally tally;
  history::NumbnessFollowUp follow_up(day("2026-11-26"));
  std::vector<history::SessionRecord> recent;
  for (const char* start : {"2026-11-01T07:00:00Z", "2026-11-26T07:00:00Z"}) {
    recent.push_back(record(start, "midrun", "done", 370, "Has the numbness gone?=no", "numbness"));
    tally.add(recent.back());
    follow_up.add(recent.back());
  }
  for (const std::size_t width : {40U, 80U}) {
    CAPTURE(width);
    const std::string report =
      render::format_history_report({tally, follow_up, recent, day("2026-11-26")}, {&k_plain, false, true, width});
    CHECK(report.starts_with("Streak: 1 day (longest 1 day)\n"));
    CHECK(report.find("Last 2 sessions:\n") != std::string::npos);
    CHECK(report.find("have a doctor or") != std::string::npos); // numbness twice within 30 days
    for (const std::string& line : lines_of(report)) {
      CAPTURE(line);
      CHECK(util::display_width(line) <= width);
    }
  }
}

TEST_SUITE_END();
