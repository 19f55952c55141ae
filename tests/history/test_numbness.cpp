// SPDX-License-Identifier: MIT
#include "history/numbness.h"

#include "support/records.h"
#include "support/time_zone.h"

#include <doctest/doctest.h>

using namespace stretch;
using namespace stretch::history;
using test::day;
using test::record;

namespace {

// A five-minute session of a routine that declares itself a numbness episode, with `answers`.
SessionRecord episode(const std::string& start, const std::string& answers = "-", const std::string& routine = "midrun")
{
  return record(start, routine, "done", 300, answers, "numbness");
}

} // namespace

TEST_SUITE_BEGIN("history/numbness");

TEST_CASE("is_numbness_episode: a question answered, or reached after a step, or a minute")
{
  SUBCASE("started and skipped through: nothing done, nothing answered, under a minute")
  {
    CHECK_FALSE(is_numbness_episode(record("2026-11-26T08:00:00Z", "midrun", "done", 3, "Gone?=unanswered", "numbness", 0)));
    CHECK_FALSE(is_numbness_episode(record("2026-11-26T08:00:00Z", "midrun", "stopped", 20, "-", "numbness", 1)));
  }
  SUBCASE("the first question reached after the laces")
  {
    CHECK(is_numbness_episode(record("2026-11-26T08:00:00Z", "midrun", "stopped", 25, "Gone?=unanswered", "numbness", 2)));
  }
  SUBCASE("an answer, however soon")
  {
    CHECK(is_numbness_episode(record("2026-11-26T08:00:00Z", "midrun", "done", 12, "Gone?=yes", "numbness", 2)));
  }
  SUBCASE("a minute of it")
  {
    CHECK(is_numbness_episode(record("2026-11-26T08:00:00Z", "midrun", "stopped", 60, "-", "numbness", 0)));
  }
  SUBCASE("never for a routine that tracks no numbness")
  {
    CHECK_FALSE(is_numbness_episode(record("2026-11-26T08:00:00Z", "calf", "done", 300, "Gone?=no", "-", 6)));
  }
  SUBCASE("old lines: a minute, or an answer (they kept only answers given)")
  {
    CHECK(is_numbness_episode(record("2026-11-26T08:00:00Z", "midrun", "done", 12, "Gone?=no", "numbness")));
    CHECK_FALSE(is_numbness_episode(record("2026-11-26T08:00:00Z", "midrun", "stopped", 4, "-", "numbness")));
  }
}

TEST_CASE("numbness_stayed and numbness_resolved: the decisive answer")
{
  CHECK(numbness_stayed(episode("2026-11-26T08:00:00Z", "Feeling back?=no;Has the numbness gone?=no")));
  CHECK_FALSE(numbness_stayed(episode("2026-11-26T08:00:00Z", "Feeling back?=no;Has the numbness gone?=yes")));
  CHECK(numbness_resolved(episode("2026-11-26T08:00:00Z", "Feeling back?=no;Has the numbness gone?=yes")));
  CHECK(numbness_resolved(episode("2026-11-26T08:00:00Z", "Feeling back?=yes")));
  CHECK(numbness_stayed(episode("2026-11-26T08:00:00Z", "Feeling back?=no"))); // the last question, to the end
  // The last question reached, unanswered: nothing decided.
  CHECK_FALSE(numbness_stayed(episode("2026-11-26T08:00:00Z", "Feeling back?=no;Has the numbness gone?=unanswered")));
  // A no to the laces check, then q on the way to the calf: the routine never got to say.
  const auto stopped = record("2026-11-26T08:00:00Z", "midrun", "stopped", 90, "Feeling back?=no", "numbness", 3);
  CHECK_FALSE(numbness_stayed(stopped));
  CHECK_FALSE(decisive_reply(stopped));
  CHECK(decisive_reply(episode("2026-11-26T08:00:00Z", "Feeling back?=no;Has the numbness gone?=yes")) == true);
  CHECK_FALSE(numbness_stayed(episode("2026-11-26T08:00:00Z")));
  CHECK_FALSE(numbness_resolved(episode("2026-11-26T08:00:00Z")));
  SUBCASE("a routine that is no numbness episode: never, whatever its name")
  {
    CHECK_FALSE(numbness_stayed(record("2026-11-26T08:00:00Z", "midrun", "done", 300, "Music on?=no", "-")));
    CHECK_FALSE(numbness_resolved(record("2026-11-26T08:00:00Z", "knee", "done", 300, "Does it hurt?=yes")));
  }
  SUBCASE("lines of format 1, without the episode field: `midrun` was the numbness routine")
  {
    const auto old = test::parse_record("2026-11-26T08:00:00Z\tmidrun\tdone\t300\t1\t1\tHas the numbness gone?=no");
    REQUIRE(old);
    CHECK(old->episode == "numbness");
    CHECK(numbness_stayed(*old));
  }
}

TEST_CASE("NumbnessFollowUp counts days, not sessions")
{
  const test::ScopedTimeZone zone("UTC0");
  SUBCASE("days on which the numbness stayed, within 30, once each")
  {
    const std::vector<SessionRecord> log{
      episode("2026-10-20T08:00:00Z", "Gone?=no"), // more than 30 days before
      episode("2026-11-10T08:00:00Z", "Gone?=no"),
      episode("2026-11-10T18:00:00Z", "Gone?=no"), // the same day again
      episode("2026-11-26T08:00:00Z", "Gone?=no"),
    };
    NumbnessFollowUp follow_up(day("2026-11-26"));
    for (const auto& r : log) {
      follow_up.add(r);
    }
    CHECK(follow_up.stayed_days() == 2);
    CHECK(follow_up.episode_days() == 2);
    CHECK(follow_up.advise());
    CHECK(follow_up.tally() == "Numb feet on 2 days in the last 30; the numbness stayed on 2 days.");
    CHECK(follow_up.advice()
          == "Your feet went numb on 2 days in the last 30, and the numbness stayed on 2 days. Numbness that keeps "
             "coming back is a warning light: have a doctor or physical therapist give you a full evaluation.");
  }
  SUBCASE("three restarts in two minutes, all skipped, are no episode; one real one is one day")
  {
    NumbnessFollowUp follow_up(day("2026-11-26"));
    for (const char* start : {"2026-11-26T08:00:00Z", "2026-11-26T08:00:40Z", "2026-11-26T08:01:20Z"}) {
      follow_up.add(record(start, "midrun", "stopped", 2, "Gone?=unanswered", "numbness", 0));
    }
    CHECK(follow_up.episode_days() == 0);
    CHECK(follow_up.tally().empty());
    follow_up.add(record("2026-11-26T08:02:00Z", "midrun", "done", 300, "Gone?=yes", "numbness", 3));
    follow_up.add(record("2026-11-26T09:30:00Z", "midrun", "done", 300, "Gone?=yes", "numbness", 3));
    CHECK(follow_up.episode_days() == 1);
    CHECK_FALSE(follow_up.advise());
  }
  SUBCASE("three days in 30 call for the advice, even when the numbness went each time")
  {
    NumbnessFollowUp follow_up(day("2026-11-26"));
    follow_up.add(episode("2026-11-01T08:00:00Z", "Feeling back?=yes"));
    follow_up.add(episode("2026-11-12T08:00:00Z", "Feeling back?=yes"));
    CHECK_FALSE(follow_up.advise());
    follow_up.add(record("2026-11-20T08:00:00Z", "calf")); // not an episode
    CHECK_FALSE(follow_up.advise());
    follow_up.add(episode("2026-11-25T08:00:00Z", "Feeling back?=no;Has the numbness gone?=yes", "my-midrun"));
    CHECK(follow_up.advise());
    CHECK(follow_up.advice().starts_with("Your feet went numb on 3 days in the last 30. Numbness"));
  }
  SUBCASE("a restart minutes later, across midnight, is the same episode, on the day it began")
  {
    NumbnessFollowUp follow_up(day("2026-11-26"));
    follow_up.add(episode("2026-11-24T23:50:00Z", "Feeling back?=no"));
    follow_up.add(episode("2026-11-25T00:05:00Z", "Gone?=no"));
    CHECK(follow_up.episode_days() == 1);
    CHECK(follow_up.stayed_days() == 1);
    follow_up.add(episode("2026-11-25T02:00:00Z", "Gone?=yes")); // more than an hour after: another
    CHECK(follow_up.episode_days() == 2);
  }
  SUBCASE("in any order: a session between two joins them into one; the last verdict counts")
  {
    NumbnessFollowUp follow_up(day("2026-11-26"));
    follow_up.add(episode("2026-11-25T10:00:00Z", "Gone?=yes")); // 10:00-10:05
    follow_up.add(episode("2026-11-25T08:00:00Z", "Gone?=no"));  // 08:00-08:05
    CHECK(follow_up.episode_days() == 1);
    CHECK(follow_up.stayed_days() == 1); // each its own episode: one of them stayed
    follow_up.add(episode("2026-11-25T09:00:00Z", "Feeling back?=unanswered"));
    CHECK(follow_up.episode_days() == 1);
    CHECK(follow_up.stayed_days() == 0); // one episode now, whose last verdict is yes
  }
  SUBCASE("the window: 30 days up to today")
  {
    NumbnessFollowUp follow_up(day("2026-11-26"));
    CHECK(follow_up.first_day() == day("2026-10-28"));
    follow_up.add(episode("2026-10-27T23:00:00Z", "Gone?=no"));
    follow_up.add(episode("2026-10-28T01:00:00Z", "Gone?=no"));
    CHECK(follow_up.episode_days() == 1);
  }
}

TEST_SUITE_END();
