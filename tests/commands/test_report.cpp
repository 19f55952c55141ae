// SPDX-License-Identifier: MIT
#include "commands/report.h"

#include "commands/history.h"
#include "error.h"
#include "history/log_file.h"
#include "support/command_fixture.h"
#include "support/read_text.h"
#include "support/html_figure.h"
#include "support/scan.h"
#include "support/time_zone.h"

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <regex>
#include <sys/stat.h>

using namespace stretch;

namespace {

const history::Seconds k_now = *history::parse_iso("2026-11-30T20:00:00Z");

// A fixture whose log holds a month of sessions with numbness on known days.
struct ReportFixture : test::CommandFixture
{
  ReportFixture()
  {
    std::string lines = history::log_header();
    for (int day = 1; day <= 30; ++day) {
      if (day % 2 == 0) {
        lines += fmt::format("2026-11-{:02}T07:00:00Z\tdaily\tdone\t600\t20\t20\t-\t-\t32\n", day);
      }
      if (day == 12 || day == 24 || day == 29) {
        lines += fmt::format("2026-11-{:02}T18:00:00Z\tmidrun\tdone\t370\t27\t28\tHas the numbness gone?={}\tnumbness\t30\n",
                             day, day == 29 ? "yes" : "no");
      }
    }
    variables["STRETCH_HISTORY"] = dir.write("history.tsv", lines).string();
  }
};

} // namespace

TEST_SUITE_BEGIN("commands/report");

TEST_CASE("report_command: the figures are those history gives for the same period")
{
  const test::ScopedTimeZone zone("UTC0");
  ReportFixture f;
  CHECK(commands::report_command(f.context(), {.since = "2026-11-10"}, k_now) == 0);
  const std::string page = f.out.text();
  f.out = {};
  commands::history_command(f.context(), {}, k_now);
  const std::string history = f.out.text();
  f.out = {};
  commands::history_command(f.context(), {.tsv = true, .since = "2026-11-10"}, k_now);
  const std::size_t since_lines = test::count_of(f.out.text(), "\n") - 1;

  CHECK(test::html_figure(page, "sessions") == std::to_string(since_lines));
  CHECK(test::html_figure(page, "sessions") == "14"); // 11 daily, 3 midrun
  std::smatch streak;
  REQUIRE(std::regex_search(history, streak, std::regex("Streak: (\\d+ days?) \\(longest (\\d+ days?)\\)")));
  CHECK(test::html_figure(page, "streak") == streak[1].str() + " (" + streak[2].str() + ")");
  CHECK(history.find("Numb feet on 3 days in the last 30; the numbness stayed on 2 days.") != std::string::npos);
  CHECK(test::html_figure(page, "numb-days-30") == "3 days (numbness stayed on 2 days)");
  CHECK(test::html_figure(page, "numb-days") == "3");
  CHECK(test::html_figure(page, "advice").starts_with("Given: "));
  CHECK(f.err.text().empty());
}

TEST_CASE("report_command: the last 90 days by default, --since and --until checked")
{
  const test::ScopedTimeZone zone("UTC0");
  ReportFixture f;
  commands::report_command(f.context(), {}, k_now);
  CHECK(test::html_figure(f.out.text(), "period").starts_with("2026-09-02 to 2026-11-30,"));
  f.out = {};
  commands::report_command(f.context(), {.until = "2026-11-15"}, k_now);
  CHECK(test::html_figure(f.out.text(), "period").starts_with("2026-08-18 to 2026-11-15,"));
  CHECK(test::html_figure(f.out.text(), "sessions") == "8");
  CHECK_THROWS_WITH_AS(commands::report_command(f.context(), {.since = "2026-11-20", .until = "2026-11-10"}, k_now),
                       "--since must be no later than --until", UsageError);
  CHECK_THROWS_WITH_AS(commands::report_command(f.context(), {.since = "1990-01-01"}, k_now),
                       "a report covers at most 7305 days (20 years): give a later --since", UsageError);
  CHECK_THROWS_AS(commands::report_command(f.context(), {.until = "2026-13-01"}, k_now), UsageError);
}

TEST_CASE("report_command -o: the page in a file for the user alone, and where it went said")
{
  const test::ScopedTimeZone zone("UTC0");
  ReportFixture f;
  const auto path = f.dir.path() / "out/report.html";
  CHECK(commands::report_command(f.context(), {.output = path.string()}, k_now) == 0);
  CHECK(f.out.text().empty());
  CHECK(f.err.text() == "stretch: the report of 18 sessions is in " + path.string() + "\n");
  CHECK(test::read_text(path).starts_with("<!DOCTYPE html>"));
  struct stat info = {};
  REQUIRE(::stat(path.c_str(), &info) == 0);
  CHECK((info.st_mode & 0777) == 0600);
  f.dir.write("file", "x");
  CHECK_THROWS_AS(commands::report_command(f.context(), {.output = (f.dir.path() / "file/report.html").string()}, k_now),
                  Error);
}

TEST_SUITE_END();
