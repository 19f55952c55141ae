// SPDX-License-Identifier: MIT
// libFuzzer target for the history log parser: whatever the file holds, fed whole or in
// pieces, no crash, the same records either way, every record it accepts reads back the
// same after writing it again, each session, once seen, is found again, and the report's
// page of it holds no markup from it.
#include "history/log_file.h"
#include "history/numbness.h"
#include "history/period.h"
#include "render/html_report.h"
#include "history/seen_sessions.h"
#include "history/stats.h"
#include "support/log_contents.h"
#include "support/records.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
  using namespace stretch::history;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const stretch::test::LogContents contents = stretch::test::parse_log(text);
  std::size_t in_pieces = 0;
  LogParser parser([&](const SessionRecord&, std::string_view) { ++in_pieces; }, [](SkippedLine&&) {});
  const std::size_t piece = 1 + size % 7;
  for (std::size_t at = 0; at < size; at += piece) {
    parser.feed(text.substr(at, piece));
  }
  parser.finish();
  if (in_pieces != contents.records.size()) {
    std::abort();
  }
  Tally tally;
  NumbnessFollowUp follow_up(Day{});
  SeenSessions seen;
  // A year around the first session: the page of a period of realistic length.
  const Day middle = contents.records.empty() ? Day{} : std::chrono::floor<std::chrono::days>(contents.records.front().start);
  Period period(middle - std::chrono::days(200), middle + std::chrono::days(200));
  for (const SessionRecord& record : contents.records) {
    period.add(record);
    seen.insert(record.device, record.session);
    if (!seen.contains(record.device, record.session)) {
      std::abort();
    }
    const std::string line = format_record(record);
    const auto again = stretch::test::parse_record(line);
    if (!again || format_record(*again) != line || line.find('\n') != std::string::npos) {
      std::abort();
    }
    tally.add(record);
    follow_up.add(record);
  }
  (void)tally.streaks(Day{});
  (void)follow_up.advice();
  // The page of it: whatever the log holds stays text.
  if (period.sessions() < 1000) {
    const std::string page = stretch::render::format_html_report({period, tally, follow_up, Day{}});
    if (page.find("<script") != std::string::npos || page.find('\x1b') != std::string::npos) {
      std::abort();
    }
  }
  return 0;
}
