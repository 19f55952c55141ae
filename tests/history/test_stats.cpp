// SPDX-License-Identifier: MIT
#include "history/stats.h"

#include "support/records.h"
#include "support/time_zone.h"

#include <doctest/doctest.h>

using namespace stretch;
using namespace stretch::history;
using test::day;
using test::record;

namespace {

// The streaks of `log` as of `today`, as a Tally counts them.
Streaks streaks(const std::vector<SessionRecord>& log, Day today)
{
  Tally tally;
  for (const SessionRecord& r : log) {
    tally.add(r);
  }
  return tally.streaks(today);
}

// The local day a Tally counts `r` for.
Day session_day(const SessionRecord& r)
{
  Tally tally;
  tally.add(r);
  return tally.seconds_by_day().begin()->first;
}

} // namespace

TEST_SUITE_BEGIN("history/stats");

TEST_CASE("streaks")
{
  const test::ScopedTimeZone zone("UTC0");
  SUBCASE("across the end of a month and a year, with two sessions on one day")
  {
    const std::vector<SessionRecord> log{record("2026-12-30T08:00:00Z"), record("2026-12-31T08:00:00Z"),
                                         record("2026-12-31T19:00:00Z"), record("2027-01-01T08:00:00Z")};
    CHECK(streaks(log, day("2027-01-01")).current == 3);
    CHECK(streaks(log, day("2027-01-01")).longest == 3);
    // No session yet today: yesterday's streak still stands until the day is over.
    CHECK(streaks(log, day("2027-01-02")).current == 3);
    CHECK(streaks(log, day("2027-01-03")).current == 0);
    CHECK(streaks(log, day("2027-01-03")).longest == 3);
  }
  SUBCASE("a missing day breaks the streak")
  {
    const std::vector<SessionRecord> log{record("2026-11-01T08:00:00Z"), record("2026-11-02T08:00:00Z"),
                                         record("2026-11-03T08:00:00Z"), record("2026-11-05T08:00:00Z")};
    const Streaks s = streaks(log, day("2026-11-05"));
    CHECK(s.current == 1);
    CHECK(s.longest == 3);
  }
  SUBCASE("only sessions done count")
  {
    const std::vector<SessionRecord> log{record("2026-11-01T08:00:00Z"), record("2026-11-02T08:00:00Z", "calf", "stopped"),
                                         record("2026-11-03T08:00:00Z", "calf", "interrupted")};
    CHECK(streaks(log, day("2026-11-03")).longest == 1);
    CHECK(streaks(log, day("2026-11-03")).current == 0);
  }
  SUBCASE("no sessions")
  {
    CHECK(streaks({}, day("2026-11-03")).current == 0);
    CHECK(streaks({}, day("2026-11-03")).longest == 0);
  }
  SUBCASE("a day counts where the session ended: after midnight is the next day")
  {
    const std::vector<SessionRecord> log{record("2026-11-01T23:58:00Z", "daily", "done", 600)};
    CHECK(session_day(log[0]) == day("2026-11-02"));
  }
}

TEST_CASE("streaks over a change to and from summer time")
{
  const test::ScopedTimeZone zone(test::k_berlin);
  // Late evening sessions: 23:30 local, written with the offset of the day.
  const std::vector<SessionRecord> spring{record("2026-03-28T23:30:00+01:00", "calf", "done", 60),
                                          record("2026-03-29T23:30:00+02:00", "calf", "done", 60),
                                          record("2026-03-30T23:30:00+02:00", "calf", "done", 60)};
  CHECK(streaks(spring, day("2026-03-30")).current == 3);
  const std::vector<SessionRecord> autumn{record("2026-10-24T23:30:00+02:00", "calf", "done", 60),
                                          record("2026-10-25T23:30:00+01:00", "calf", "done", 60),
                                          record("2026-10-26T00:30:00+01:00", "calf", "done", 60)};
  CHECK(streaks(autumn, day("2026-10-26")).current == 3);
}

TEST_CASE("a session counts on its own day, where it ran, whichever zone reads the history")
{
  // Written in Tokyo: 08:00 on 10 January there is 23:00 UTC on 9 January; the phone that
  // logged it is back home in New York when the laptop there reads the folder.
  const std::vector<SessionRecord> log{record("2026-01-10T08:00:00+09:00"), record("2026-01-11T08:00:00+09:00")};
  for (const char* zone_name : {"JST-9", "EST5", "UTC0"}) {
    CAPTURE(zone_name);
    const test::ScopedTimeZone zone(zone_name);
    CHECK(session_day(log[0]) == day("2026-01-10"));
    CHECK(streaks(log, day("2026-01-11")).current == 2);
    CHECK(streaks(log, day("2026-01-13")).current == 0);
  }
}

TEST_CASE("Tally: seconds_by_day and seconds_between")
{
  const test::ScopedTimeZone zone("UTC0");
  const std::vector<SessionRecord> log{record("2026-11-23T08:00:00Z", "calf", "done", 190),
                                       record("2026-11-23T19:00:00Z", "daily", "stopped", 300),
                                       record("2026-11-26T08:00:00Z", "calf", "done", 60),
                                       record("2026-10-31T08:00:00Z", "calf", "done", 1000)};
  Tally tally;
  for (const auto& r : log) {
    tally.add(r);
  }
  const auto& by_day = tally.seconds_by_day();
  CHECK(by_day.size() == 3);
  CHECK(by_day.at(day("2026-11-23")) == 490);
  CHECK(by_day.at(day("2026-11-26")) == 60);
  CHECK(by_day.at(day("2026-10-31")) == 1000);
  CHECK(tally.sessions() == 4);
  CHECK(tally.seconds_between(day("2026-11-23"), day("2026-11-26")) == 550);
  CHECK(tally.seconds_between(day("2026-11-01"), day("2026-11-30")) == 550);
  CHECK(tally.seconds_between(day("2026-10-01"), day("2026-10-31")) == 1000);
  CHECK(tally.seconds_between(day("2026-11-24"), day("2026-11-25")) == 0);
}

TEST_SUITE_END();
