// SPDX-License-Identifier: MIT
#include "render/html_report.h"

#include "support/records.h"
#include "support/html_figure.h"
#include "support/scan.h"

#include "support/language.h"

#include <doctest/doctest.h>
#include <fmt/format.h>

using namespace stretch;
using namespace stretch::history;

namespace {

// The page of `records` over November 2026, as of the 30th.
std::string page_of(const std::vector<SessionRecord>& records, std::span<const std::string> devices = {})
{
  const Day today = test::day("2026-11-30");
  Period period(test::day("2026-11-01"), today);
  Tally tally;
  NumbnessFollowUp follow_up(today);
  for (const SessionRecord& record : records) {
    period.add(record);
    tally.add(record);
    follow_up.add(record);
  }
  return render::format_html_report({period, tally, follow_up, today, devices, [](std::string_view name) {
                                       return name == "midrun" ? std::string("Mid-run: numb feet") : std::string(name);
                                     }});
}

} // namespace

TEST_SUITE_BEGIN("render/html_report");

TEST_CASE("format_html_report: the figures of the period, the numb days and the advice")
{
  const std::vector<SessionRecord> records{
    test::record("2026-11-02T07:00:00Z", "daily", "done", 600),
    test::record("2026-11-03T07:00:00Z", "daily", "done", 600),
    test::record("2026-11-20T18:00:00Z", "midrun", "done", 370, "Has the numbness gone?=no", "numbness", 28),
    test::record("2026-11-25T18:00:00Z", "midrun", "done", 370, "Feeling back?=no;Has the numbness gone?=no", "numbness", 28),
    test::record("2026-11-29T18:00:00Z", "midrun", "done", 370, "Has the numbness gone?=yes", "numbness", 28),
    test::record("2026-10-29T18:00:00Z", "daily", "done", 600), // before the period
  };
  const std::vector<std::string> devices{"laptop", "phone"};
  const std::string page = page_of(records, devices);
  CHECK(page.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
  CHECK(test::html_figure(page, "period") == "2026-11-01 to 2026-11-30, made on 2026-11-30 from the history kept by stretch");
  CHECK(test::html_figure(page, "sessions") == "5");
  CHECK(test::html_figure(page, "minutes") == "39"); // 600 + 600 + 3 x 370 seconds
  CHECK(test::html_figure(page, "active-days") == "5");
  CHECK(test::html_figure(page, "numb-days") == "3");
  CHECK(test::html_figure(page, "stayed-days") == "2");
  CHECK(test::html_figure(page, "numb-days-30") == "3 days (numbness stayed on 2 days)");
  CHECK(test::html_figure(page, "devices") == "laptop, phone");
  CHECK(test::html_figure(page, "advice").starts_with("Given: Your feet went numb on 3 days in the last 30"));
  CHECK(page.find("<tr data-numb-day=\"2026-11-25\"><td class=\"day\">2026-11-25</td><td>Mid-run: numb feet</td>"
                  "<td class=\"said\">numbness stayed</td><td><ul class=\"answers\"><li>Feeling back? <b>no</b></li>")
        != std::string::npos);
  CHECK(test::count_of(page, "<rect class=\"stayed\"") == 2);
  CHECK(test::count_of(page, "<rect class=\"went\"") == 1);
  CHECK(test::count_of(page, "<rect class=\"bar\"") == 6); // the weeks from Monday 26 Oct (the 1st is a Sunday) to the 30th
  CHECK(page.find("<title>Week of 2026-11-02: 20 min</title>") != std::string::npos);
  // Nothing to fetch, nothing to run.
  CHECK(page.find("http") == std::string::npos);
  CHECK(page.find("src=") == std::string::npos);
  CHECK(page.find("<script") == std::string::npos);
}

TEST_CASE("format_html_report: numb days in a row that ended alike share a mark on the timeline")
{
  const std::string numb = "numbness";
  const std::vector<SessionRecord> records{
    test::record("2026-11-10T18:00:00Z", "midrun", "done", 370, "Has the numbness gone?=no", numb, 28),
    test::record("2026-11-11T18:00:00Z", "midrun", "done", 370, "Has the numbness gone?=no", numb, 28),
    test::record("2026-11-12T18:00:00Z", "midrun", "done", 370, "Has the numbness gone?=no", numb, 28),
    test::record("2026-11-13T18:00:00Z", "midrun", "done", 370, "Has the numbness gone?=yes", numb, 28),
  };
  const std::string page = page_of(records);
  CHECK(test::count_of(page, "<rect class=\"stayed\"") == 1);
  CHECK(page.find("<title>2026-11-10 to 2026-11-12 (3 days): numbness stayed</title>") != std::string::npos);
  CHECK(page.find("<title>2026-11-13: numbness went</title>") != std::string::npos);
  CHECK(test::count_of(page, "<tr data-numb-day=") == 4); // the table still has each day
}

TEST_CASE("format_html_report: an empty history says so")
{
  const std::string page = page_of({});
  CHECK(test::html_figure(page, "empty") == "No sessions in this period.");
  CHECK(test::html_figure(page, "sessions") == "0");
  CHECK(page.find("None in this period.") != std::string::npos);
  CHECK(page.find("No routine was run in this period.") != std::string::npos);
  CHECK(test::html_figure(page, "advice").starts_with("Not given as of today"));
}

TEST_CASE("format_html_report: names and questions from strangers stay text")
{
  const std::vector<SessionRecord> records{
    test::record("2026-11-20T18:00:00Z", "x<script>alert(1)</script>", "done", 370,
                 "Is it \"gone\" & <b>over</b>\\x1b]0\\;t\\x07?=no", "numbness", 28),
  };
  const std::vector<std::string> devices{"<img src=x onerror=alert(1)>", "phone"};
  const std::string page = page_of(records, devices);
  CHECK(page.find("<script") == std::string::npos);
  CHECK(page.find("<img") == std::string::npos);
  CHECK(page.find("<b>over") == std::string::npos);
  CHECK(page.find("\x1b") == std::string::npos);
  CHECK(page.find("x&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(page.find("Is it &quot;gone&quot; &amp; &lt;b&gt;over&lt;/b&gt;^[]0;t^G? <b>no</b>") != std::string::npos);
}

TEST_CASE("format_html_report: 10 years of daily sessions in a page of bounded size")
{
  const Day today = test::day("2026-11-30");
  Period period(today - std::chrono::days(3652), today);
  Tally tally;
  NumbnessFollowUp follow_up(today);
  for (int back = 3652; back >= 0; --back) {
    const std::chrono::year_month_day ymd(today - std::chrono::days(back));
    const std::string start = fmt::format("{:04}-{:02}-{:02}T07:00:00Z", static_cast<int>(ymd.year()),
                                          static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    const SessionRecord record = back % 3 == 0
                                   ? test::record(start, "midrun", "done", 370, "Has the numbness gone?=no", "numbness", 28)
                                   : test::record(start, "daily", "done", 600);
    period.add(record);
    tally.add(record);
    follow_up.add(record);
  }
  const std::string page = render::format_html_report({period, tally, follow_up, today});
  CHECK(page.size() < 300 * 1024);
  CHECK(test::count_of(page, "<tr data-numb-day=") == render::k_max_numb_days_listed);
  CHECK(page.find("The 1118 earlier days are marked on the timeline above.") != std::string::npos);
}

TEST_CASE("format_html_report: in the user's language, marked as such")
{
  const std::string english = page_of({});
  CHECK(english.find("<html lang=\"en\">") != std::string::npos);
  const test::InLanguage german("de");
  const std::string page = page_of({});
  CHECK(page.find("<html lang=\"de\">") != std::string::npos);
  CHECK(test::html_figure(page, "empty") == "Keine Einheiten in diesem Zeitraum.");
  CHECK(page.find("<h1>Dehnen und taube Füße</h1>") != std::string::npos);
  CHECK(test::html_figure(page, "advice").starts_with("Bis heute nicht gegeben"));
}

TEST_SUITE_END();
