#include "commands/history.h"

#include "error.h"
#include "history/log_file.h"
#include "support/command_fixture.h"
#include "support/time_zone.h"

#include <doctest/doctest.h>

using namespace stretch;

namespace {

const history::Seconds k_now = *history::parse_iso("2026-11-26T20:00:00Z");

// A fixture whose log is a temporary file holding `lines`.
struct HistoryFixture : test::CommandFixture
{
  explicit HistoryFixture(const std::string& lines)
  {
    const auto path = dir.write("history.tsv", history::log_header() + lines);
    variables["STRETCH_HISTORY"] = path.string();
  }
};

} // namespace

TEST_SUITE_BEGIN("commands/history");

TEST_CASE("history_command")
{
  const test::ScopedTimeZone zone("UTC0");
  SUBCASE("the streak, the minutes, the calendar and the sessions, newest first")
  {
    HistoryFixture f("2026-11-25T07:00:00Z\tcalf\tdone\t190\t12\t12\t-\n"
                     "2026-11-26T07:00:00Z\tmidrun\tdone\t370\t27\t28\tHas the numbness gone?=no\n"
                     "2026-11-26T08:00:00Z\tdaily\tstopped\t65\t1\t32\t-\n");
    CHECK(commands::history_command(f.context(), {}, k_now) == 0);
    const std::string& out = f.out.text();
    CHECK(out.find("Streak: 2 days (longest 2 days)\nThis week 10 min · this month 10 min\n") == 0);
    CHECK(out.find("Wed  · · · · · · · · · · · ░\n") != std::string::npos);
    CHECK(out.find("     · · · · · · · · · · · ▒\n") != std::string::npos);
    CHECK(out.find("Last 3 sessions:\n"
                   "  2026-11-26 08:00  daily    1:05  stopped\n"
                   "  2026-11-26 07:00  midrun   6:10  done  numbness stayed: called it a day\n"
                   "  2026-11-25 07:00  calf     3:10  done\n")
          != std::string::npos);
    CHECK(out.find("Your feet stayed numb") == std::string::npos);
    CHECK(f.err.text().empty());
  }
  SUBCASE("numbness on a second day within 30 brings the advice to see someone")
  {
    HistoryFixture f("2026-11-01T07:00:00Z\tmidrun\tdone\t370\t27\t28\tHas the numbness gone?=no\n"
                     "2026-11-26T07:00:00Z\tmidrun\tdone\t370\t27\t28\tHas the numbness gone?=no\n");
    commands::history_command(f.context(), {}, k_now);
    CHECK(f.out.text().ends_with("\nYour feet stayed numb on 2 days in the last 30. Numbness that keeps coming\n"
                                 "back is a warning light: have a doctor or physical therapist give you a full\n"
                                 "evaluation.\n"));
  }
  SUBCASE("--last and --since")
  {
    HistoryFixture f("2026-11-24T07:00:00Z\tcalf\tdone\t190\t12\t12\t-\n"
                     "2026-11-25T07:00:00Z\tankle\tdone\t190\t12\t12\t-\n"
                     "2026-11-26T07:00:00Z\tdaily\tdone\t190\t12\t12\t-\n");
    commands::history_command(f.context(), {.last = 1}, k_now);
    CHECK(f.out.text().find("Last 1 session:\n  2026-11-26 07:00  daily   3:10  done\n") != std::string::npos);
    test::CommandFixture& g = f;
    g.out = {};
    commands::history_command(f.context(), {.since = "2026-11-25"}, k_now);
    CHECK(f.out.text().find("Last 2 sessions:") != std::string::npos);
    CHECK_THROWS_AS(commands::history_command(f.context(), {.since = "yesterday"}, k_now), UsageError);
    CHECK_THROWS_AS(commands::history_command(f.context(), {.last = 0}, k_now), UsageError);
  }
  SUBCASE("--tsv: the field names, then the log's lines")
  {
    HistoryFixture f("2026-11-24T07:00:00+01:00\tcalf\tdone\t190\t12\t12\t-\n");
    commands::history_command(f.context(), {.tsv = true}, k_now);
    CHECK(f.out.text()
          == "start\troutine\toutcome\tactive_seconds\tholds_done\tholds_planned\tanswers\n"
             "2026-11-24T07:00:00+01:00\tcalf\tdone\t190\t12\t12\t-\n");
  }
  SUBCASE("unreadable lines: a warning each, the rest still counts")
  {
    HistoryFixture f("2026-11-25T07:00:00Z\tcalf\tdone\t190\t12\t12\t-\n"
                     "garbage\n" + std::string("\x7f" "ELF\x02\x01\x01\x00\x00\n", 10)
                     + "2026-11-26T07:00:00Z\tcalf\tdone\t190\t12\t12\t-\n"
                     + "2026-11-26T09:00:00Z\tcalf\tdo");
    commands::history_command(f.context(), {}, k_now);
    const std::string path = f.variables["STRETCH_HISTORY"];
    CHECK(f.err.text()
          == "stretch: warning: " + path + ":4: line skipped: expected 7 fields, found 1\n"
             "stretch: warning: " + path + ":5: line skipped: expected 7 fields, found 1\n"
             "stretch: warning: " + path + ":7: line skipped: expected 7 fields, found 3\n");
    CHECK(f.out.text().find("Streak: 2 days") == 0);
    CHECK(f.out.text().find('\x7f') == std::string::npos);
  }
  SUBCASE("no log yet")
  {
    test::CommandFixture f;
    f.variables["STRETCH_HISTORY"] = (f.dir.path() / "none.tsv").string();
    CHECK(commands::history_command(f.context(), {}, k_now) == 0);
    CHECK(f.out.text().find("No sessions yet") == 0);
  }
}

TEST_SUITE_END();
