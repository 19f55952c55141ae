// SPDX-License-Identifier: MIT
#include "history/record.h"

#include "history/log_file.h"
#include "support/log_contents.h"

#include "support/records.h"

#include <algorithm>
#include <doctest/doctest.h>

using namespace stretch;
using namespace stretch::history;

TEST_SUITE_BEGIN("history/record");

TEST_CASE("format_record and parse_record")
{
  SessionRecord record;
  record.start = *parse_iso("2026-11-26T21:03:53+01:00");
  record.start_text = "2026-11-26T21:03:53+01:00";
  record.routine = "midrun";
  record.outcome = session::Outcome::stopped;
  record.active_seconds = 372;
  record.holds_done = 12;
  record.holds_planned = 28;
  record.answers = {{0, "Feeling back?", false}, {0, "Has the numbness gone?", std::nullopt}, {0, "Odd\t= ; \\ question\n", true}};
  record.episode = "numbness";
  record.steps_done = 15;
  record.session = "3f9a2c1d4e5b6a79";
  record.device = "0123456789abcdef";
  record.device_name = "phone";
  const std::string line = format_record(record);
  CHECK(line
        == "2026-11-26T21:03:53+01:00\tmidrun\tstopped\t372\t12\t28\t"
           "Feeling back?=no;Has the numbness gone?=unanswered;Odd\\t\\= \\; \\\\ question\\n=yes\tnumbness\t15\t"
           "3f9a2c1d4e5b6a79\t0123456789abcdef\tphone");
  const auto parsed = test::parse_record(line);
  REQUIRE(parsed);
  CHECK(parsed->start == record.start);
  CHECK(parsed->start_text == record.start_text);
  CHECK(parsed->routine == "midrun");
  CHECK(parsed->outcome == session::Outcome::stopped);
  CHECK(parsed->active_seconds == 372);
  CHECK(parsed->holds_done == 12);
  CHECK(parsed->holds_planned == 28);
  REQUIRE(parsed->answers.size() == 3);
  CHECK(parsed->answers[0].question == "Feeling back?");
  CHECK(parsed->answers[0].reply == false);
  CHECK(parsed->answers[1].reply == std::nullopt);
  CHECK(parsed->answers[2].question == "Odd\t= ; \\ question\n");
  CHECK(parsed->answers[2].reply == true);
  CHECK(parsed->episode == "numbness");
  CHECK(parsed->steps_done == 15);
  CHECK(format_record(*parsed) == line);
}

TEST_CASE("format_record escapes every field: no name can forge a line or reach the terminal")
{
  SessionRecord record;
  record.start = *parse_iso("2026-11-26T21:03:53Z");
  record.start_text = "2026-11-26T21:03:53Z";
  record.routine = "x\n2026-11-26T21:03:53Z\tforged\tdone\t3600\t1\t1\t-\x1b]0;hi\x07";
  record.answers = {{0, "Bell\x07?", true}};
  const std::string line = format_record(record);
  CHECK(line.find('\n') == std::string::npos);
  CHECK(line.find('\x1b') == std::string::npos);
  CHECK(line.find('\x07') == std::string::npos);
  CHECK(std::count(line.begin(), line.end(), '\t') == 11);
  CHECK(line.starts_with("2026-11-26T21:03:53Z\tx\\n2026-11-26T21:03:53Z\\tforged\\tdone\\t3600\\t1\\t1\\t-\\x1b]0\\;hi\\x07\tdone\t0\t0\t0\t"
                         "Bell\\x07?=yes\t-\t0\tL"));
  const auto parsed = test::parse_record(line);
  REQUIRE(parsed);
  CHECK(parsed->routine == record.routine);
  CHECK(parsed->answers.at(0).question == "Bell\x07?");
  CHECK(parsed->episode.empty());
  const auto contents = test::parse_log(line + "\n");
  CHECK(contents.records.size() == 1);
}

TEST_CASE("parse_record refuses what is not a record")
{
  const std::string good = "2026-11-26T21:03:53+01:00\tcalf\tdone\t190\t12\t12\t-";
  REQUIRE(test::parse_record(good));
  REQUIRE(test::parse_record(good + "\t-"));
  REQUIRE(test::parse_record(good + "\t-\t12"));
  CHECK(test::parse_record(good + "\t-")->steps_done == 12); // older lines: the holds done
  const auto error = [](std::string_view line) { return test::parse_record(line).error(); };
  CHECK(error("garbage") == "expected 12 fields, found 1");
  CHECK(error(good + "\t-\t12\textra") == "expected 12 fields, found 10");
  CHECK(error(good + "\t-\t12\ts1\td1\tphone\textra") == "expected 12 fields, found 13");
  CHECK(error(good + "\t-\t12\ts-1\td1\tphone") == "session: expected its id, letters and digits");
  CHECK(error(good + "\t-\t12\ts1\td/1\tphone") == "device: expected its id, letters and digits, or -");
  CHECK(error(good + "\t-\t12\ts1\t-\t") == "device_name: expected a name, or -");
  REQUIRE(test::parse_record(good + "\t-\t12\ts1\t-\t-"));
  // Older lines: an id made from the line, the same for the same line wherever it is read.
  CHECK(test::parse_record(good)->session == legacy_session_id(good));
  CHECK(legacy_session_id(good) != legacy_session_id(good + "\t-"));
  CHECK(test::parse_record(good)->device.empty());
  CHECK(error(good + "\t-\tmany") == "steps_done: expected a whole number, no fewer than the holds done");
  CHECK(error(good + "\t-\t11") == "steps_done: expected a whole number, no fewer than the holds done");
  CHECK(error(good + "\t") == "episode: expected a word, or -");
  CHECK(error("2026-11-26T21:03:53+01:00\tca\x1blf\tdone\t190\t12\t12\t-") == "routine: expected the routine's name");
  CHECK(error("2026-11-26T21:03:53+01:00\t\tdone\t190\t12\t12\t-") == "routine: expected the routine's name");
  CHECK(error("2026-11-26T21:03:53+01:00\tcalf\tdone\t190\t12\t12\tGone\\x4=no") == "answers: an unknown escape");
  CHECK(error("yesterday\tcalf\tdone\t190\t12\t12\t-") == "start: expected a time like 2026-11-26T21:03:53+01:00");
  CHECK(error("1677-09-21T00:12:43Z\tcalf\tdone\t190\t12\t12\t-") == "start: year 1677 is outside 1970 to 2199");
  CHECK(error("2026-11-26T21:03:53+01:00\tcalf\tfinished\t190\t12\t12\t-")
        == "outcome: expected done, stopped or interrupted");
  CHECK(error("2026-11-26T21:03:53+01:00\tcalf\tdone\t-5\t12\t12\t-")
        == "counts: expected whole numbers, holds done no more than planned");
  CHECK(error("2026-11-26T21:03:53+01:00\tcalf\tdone\t190\t13\t12\t-")
        == "counts: expected whole numbers, holds done no more than planned");
  CHECK(error("2026-11-26T21:03:53+01:00\tcalf\tdone\t190\t12\t12\tGone?=maybe")
        == "answers: expected QUESTION=yes, QUESTION=no or QUESTION=unanswered");
  CHECK(error("2026-11-26T21:03:53+01:00\tcalf\tdone\t190\t12\t12\tGone\\?=no") == "answers: an unknown escape");
  CHECK(error("2026-11-26T21:03:53+01:00\tcalf\tdone\t190\t12\t12\tGone=no\\") == "answers: a backslash at the end of a field");
}

TEST_CASE("log_header and outcome_word")
{
  CHECK(log_header().find("# stretch history, format 4") == 0);
  CHECK(log_header().find("# start\troutine\toutcome\tactive_seconds\tholds_done\tholds_planned\tanswers\tepisode\tsteps_done"
                          "\tsession\tdevice\tdevice_name\n")
        != std::string::npos);
  CHECK(outcome_word(session::Outcome::interrupted) == "interrupted");
}

TEST_SUITE_END();
