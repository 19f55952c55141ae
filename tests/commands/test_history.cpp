// SPDX-License-Identifier: MIT
#include "commands/history.h"

#include "error.h"
#include "history/log_file.h"
#include "support/command_fixture.h"
#include "support/scan.h"
#include "support/time_zone.h"

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <fstream>
#include <sstream>
#include "util/utf8.h"

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
    CHECK(out.find("Numb feet on 1 day in the last 30; the numbness stayed on 1 day.\n\n") != std::string::npos);
    CHECK(out.find("Last 3 sessions:\n"
                   "  2026-11-26 08:00  daily    1:05  stopped\n"
                   "  2026-11-26 07:00  midrun   6:10  done  numbness stayed\n"
                   "  2026-11-25 07:00  calf     3:10  done\n")
          != std::string::npos);
    CHECK(out.find("Your feet went numb") == std::string::npos);
    CHECK(f.err.text().empty());
  }
  SUBCASE("numbness on a second day within 30 brings the advice to see someone")
  {
    HistoryFixture f("2026-11-01T07:00:00Z\tmidrun\tdone\t370\t27\t28\tHas the numbness gone?=no\n"
                     "2026-11-26T07:00:00Z\tmidrun\tdone\t370\t27\t28\tHas the numbness gone?=no\n");
    commands::history_command(f.context(), {}, k_now);
    CHECK(f.out.text().ends_with("\nYour feet went numb on 2 days in the last 30, and the numbness stayed on 2\n"
                                 "days. Numbness that keeps coming back is a warning light: have a doctor or\n"
                                 "physical therapist give you a full evaluation.\n"));
  }
  SUBCASE("every session's answers show, the answer before the question; a numbness resolved reads so")
  {
    HistoryFixture f("2026-11-26T06:00:00Z\tmidrun\tdone\t600\t9\t30\tFeeling back?=no;Has the numbness gone?=yes\tnumbness\t12\n"
                     "2026-11-26T07:00:00Z\tmidrun\tdone\t45\t0\t30\tIs the feeling back in your feet?=yes\tnumbness\t3\n"
                     "2026-11-26T08:00:00Z\tknee\tdone\t45\t0\t0\tAny pain?=no\t-\t1\n");
    commands::history_command(f.context(), {}, k_now);
    CHECK(f.out.text().find("  2026-11-26 08:00  knee     0:45  done  no: Any pain?\n"
                            "  2026-11-26 07:00  midrun   0:45  done  numbness gone\n"
                            "  2026-11-26 06:00  midrun  10:00  done  numbness gone  no: Feeling back?\n")
          != std::string::npos);
  }
  SUBCASE("a no, then the last question skipped: nothing decided, each answer as given")
  {
    HistoryFixture f("2026-11-26T07:00:00Z\tmidrun\tdone\t33\t0\t30\tFeeling back?=no;Gone?=unanswered\t"
                     "numbness\t3\n");
    commands::history_command(f.context(), {}, k_now);
    CHECK(f.out.text().find("  done  no: Feeling back?  unanswered: Gone?\n") != std::string::npos);
  }
  SUBCASE("restarts on one day, skipped through, are no episode")
  {
    HistoryFixture f("2026-11-26T07:00:00Z\tmidrun\tstopped\t2\t0\t30\tFeeling back?=unanswered\tnumbness\t0\n"
                     "2026-11-26T07:01:00Z\tmidrun\tstopped\t3\t0\t30\tFeeling back?=unanswered\tnumbness\t0\n");
    commands::history_command(f.context(), {}, k_now);
    CHECK(f.out.text().find("Numb feet") == std::string::npos);
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
          == std::string(history::k_field_names) + "\n2026-11-24T07:00:00+01:00\tcalf\tdone\t190\t12\t12\t-\t-\t12\t"
               + history::legacy_session_id("2026-11-24T07:00:00+01:00\tcalf\tdone\t190\t12\t12\t-") + "\t-\t-\n");
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
          == "stretch: warning: " + path + ":4: line skipped: expected 12 fields, found 1\n"
             "stretch: warning: " + path + ":5: line skipped: expected 12 fields, found 1\n"
             "stretch: warning: " + path + ":7: line skipped: the last line is cut off (a copy still being synced?)\n");
    CHECK(f.out.text().find("Streak: 2 days") == 0);
    CHECK(f.out.text().find('\x7f') == std::string::npos);
  }
  SUBCASE("--tsv with --last: the sessions that started last, in the order they started")
  {
    HistoryFixture f("2026-11-26T07:00:00Z\tdaily\tdone\t190\t12\t12\t-\n"
                     "2026-11-24T07:00:00Z\tcalf\tdone\t190\t12\t12\t-\n"
                     "2026-11-25T07:00:00Z\tankle\tdone\t190\t12\t12\t-\n");
    commands::history_command(f.context(), {.last = 2, .tsv = true}, k_now);
    const auto line = [](std::string_view old) {
      return std::string(old) + "\t-\t12\t" + history::legacy_session_id(old) + "\t-\t-\n";
    };
    CHECK(f.out.text()
          == std::string(history::k_field_names) + "\n" + line("2026-11-25T07:00:00Z\tankle\tdone\t190\t12\t12\t-")
               + line("2026-11-26T07:00:00Z\tdaily\tdone\t190\t12\t12\t-"));
  }
  SUBCASE("fits a narrow terminal: fewer weeks, shorter lines")
  {
    HistoryFixture f("2026-11-26T07:00:00Z\tmidrun\tdone\t370\t27\t28\tHas the numbness gone?=no\n"
                     "2026-11-01T07:00:00Z\tmidrun\tdone\t370\t27\t28\tHas the numbness gone?=no\n");
    auto ctx = f.context();
    ctx.display.width = 40;
    commands::history_command(ctx, {}, k_now);
    std::istringstream lines(f.out.text());
    for (std::string line; std::getline(lines, line);) {
      CAPTURE(line);
      CHECK(util::display_width(line) <= 40);
    }
    CHECK(f.out.text().find("Mon  · · · · · · · · · · · ·\n") != std::string::npos);
    CHECK(f.out.text().find("  2026-11-26 07:00  midrun   6:10  done\n") != std::string::npos);
  }
  SUBCASE("a log of 65 MiB: read whole, its first session counted as its last")
  {
    test::CommandFixture f;
    const auto path = f.dir.path() / "big.tsv";
    {
      std::ofstream big(path);
      big << "2026-11-20T07:00:00Z\tcalf\tdone\t190\t12\t12\t-\n";
      const std::string filler = "# " + std::string(1022, '.') + "\n";
      for (std::size_t i = 0; i < 65 * 1024; ++i) {
        big << filler;
      }
      big << "2026-11-26T07:00:00Z\tcalf\tdone\t190\t12\t12\t-\n";
    }
    f.variables["STRETCH_HISTORY"] = path.string();
    CHECK(commands::history_command(f.context(), {.tsv = true}, k_now) == 0);
    CHECK(f.err.text().empty());
    CHECK(test::count_of(f.out.text(), "\tcalf\tdone\t") == 2);
  }
  SUBCASE("--last on sessions in no order: the ones that started last, newest first")
  {
    std::string lines;
    for (int i = 0; i < 200; ++i) {
      const int day = 1 + (i * 7919) % 25; // every day of 1 to 25, shuffled
      lines += fmt::format("2026-11-{:02}T{:02}:00:00Z\tcalf\tdone\t190\t12\t12\t-\n", day, i % 24);
    }
    lines += "2026-11-26T06:00:00Z\tdaily\tdone\t190\t12\t12\t-\n";
    HistoryFixture f(lines + "2026-11-10T06:00:00Z\tankle\tdone\t190\t12\t12\t-\n");
    commands::history_command(f.context(), {.last = 2}, k_now);
    const std::string& out = f.out.text();
    CHECK(out.find("Last 2 sessions:\n  2026-11-26 06:00  daily") != std::string::npos);
    CHECK(out.find("  2026-11-25 ") != std::string::npos);
    CHECK(out.find("ankle") == std::string::npos);
  }
  SUBCASE("no log yet")
  {
    test::CommandFixture f;
    f.variables["STRETCH_HISTORY"] = (f.dir.path() / "none.tsv").string();
    CHECK(commands::history_command(f.context(), {}, k_now) == 0);
    CHECK(f.out.text().find("No sessions yet") == 0);
  }
}

namespace {

// A history folder of two devices, this one the laptop, with what sync engines leave.
struct FolderFixture : test::CommandFixture
{
  FolderFixture()
  {
    variables["XDG_STATE_HOME"] = (dir.path() / "state").string();
    const std::string header = history::log_header();
    const std::string phone = header + "2026-11-24T07:00:00+01:00\tmidrun\tdone\t370\t27\t28\tHas the numbness gone?=no\tnumbness\t28\tp1\t1111111111111111\tphone\n"
                              "2026-11-25T07:00:00+01:00\tmidrun\tdone\t370\t27\t28\tHas the numbness gone?=no\tnumbness\t28\tp2\t1111111111111111\tphone\n";
    const std::string laptop = header + "2026-11-26T07:00:00+01:00\tmidrun\tdone\t370\t27\t28\tHas the numbness gone?=no\tnumbness\t28\tl1\t2222222222222222\tlaptop\n";
    dir.write("Sync/phone-11111111.tsv", phone);
    dir.write("Sync/phone-11111111.sync-conflict-20261126-101500-ABCDEFG.tsv", phone);
    dir.write("Sync/laptop-22222222.tsv", laptop + "2026-11-26T08:00:00+01:00\tcalf\tdo");
    dir.write("Sync/future.tsv", "# stretch history, format 99\n");
  }

  commands::HistoryOptions options(commands::HistoryOptions more = {})
  {
    more.history_dir = (dir.path() / "Sync").string();
    return more;
  }
};

} // namespace

TEST_CASE("history_command with a history folder")
{
  const test::ScopedTimeZone zone("UTC0");
  FolderFixture f;
  SUBCASE("every device's sessions once: numbness on two days on the phone and one on the laptop reach the advice")
  {
    CHECK(commands::history_command(f.context(), f.options(), k_now) == 0);
    const std::string& out = f.out.text();
    CHECK(out.find("From 2 devices: laptop, phone") != std::string::npos);
    CHECK(out.find("Last 3 sessions:") != std::string::npos);
    CHECK(out.find("Your feet went numb on 3 days in the last 30") != std::string::npos);
    // The torn line and the newer file, each said once.
    CHECK(test::count_of(f.err.text(), "laptop-22222222.tsv:4: line skipped: the last line is cut off (a copy still being synced?)\n") == 1);
    CHECK(test::count_of(f.err.text(), "future.tsv: skipped: written in format 99") == 1);
  }
  SUBCASE("--device: one device only, by name or by the start of its id")
  {
    commands::history_command(f.context(), f.options({.device = "phone"}), k_now);
    CHECK(f.out.text().find("Last 2 sessions:") != std::string::npos);
    f.out = {};
    commands::history_command(f.context(), f.options({.device = "2222"}), k_now);
    CHECK(f.out.text().find("Last 1 session:") != std::string::npos);
    f.out = {};
    commands::history_command(f.context(), f.options({.device = "watch"}), k_now);
    CHECK(f.out.text().find("No sessions yet of watch") == 0);
  }
  SUBCASE("--tsv keeps the session and device columns, each session once")
  {
    commands::history_command(f.context(), f.options({.tsv = true}), k_now);
    CHECK(test::count_of(f.out.text(), "\n") == 4);
    CHECK(test::count_of(f.out.text(), "\tp1\t1111111111111111\tphone\n") == 1);
  }
  SUBCASE("--check: what sync did")
  {
    CHECK(commands::history_command(f.context(), f.options({.check = true}), k_now) == 0);
    CHECK(f.out.text()
          == "history folder             " + (f.dir.path() / "Sync").string() + "\n"
             "files read                 3\n"
             "conflict copies merged     1\n"
             "devices                    2\n"
             "sessions                   3\n"
             "found twice, counted once  2\n"
             "lines skipped              1\n"
             "files skipped              1\n");
  }
  SUBCASE("a log kept before the folder: moved in once, said once")
  {
    const std::string old = "2026-11-20T07:00:00Z\tcalf\tdone\t190\t12\t12\t-\n";
    f.dir.write("state/stretch/history.tsv", "# stretch history, format 2\n" + old);
    commands::history_command(f.context(), f.options({.tsv = true, .device_name = "laptop"}), k_now);
    CHECK(test::count_of(f.err.text(), "stretch: moved 1 session of ") == 1);
    CHECK(test::count_of(f.out.text(), "2026-11-20T07:00:00Z\tcalf") == 1);
    f.out = {};
    f.err = {};
    commands::history_command(f.context(), f.options({.tsv = true, .device_name = "laptop"}), k_now);
    CHECK(f.err.text().find("moved") == std::string::npos);
    CHECK(test::count_of(f.out.text(), "2026-11-20T07:00:00Z\tcalf") == 1);
  }
}

TEST_SUITE_END();
