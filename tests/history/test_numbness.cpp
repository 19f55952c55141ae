#include "history/numbness.h"

#include "support/records.h"
#include "support/time_zone.h"

#include <doctest/doctest.h>

using namespace stretch;
using namespace stretch::history;
using test::day;
using test::record;

namespace {

// A session of a routine that declares itself a numbness episode, with `answers`.
SessionRecord episode(const std::string& start, const std::string& answers = "-", const std::string& routine = "midrun")
{
  return record(start, routine, "done", 300, answers, "numbness");
}

} // namespace

TEST_SUITE_BEGIN("history/numbness");

TEST_CASE("numbness_stayed: the last answer of a numbness episode was no")
{
  CHECK(numbness_stayed(episode("2026-11-26T08:00:00Z", "Feeling back?=no;Has the numbness gone?=no")));
  CHECK_FALSE(numbness_stayed(episode("2026-11-26T08:00:00Z", "Feeling back?=no;Has the numbness gone?=yes")));
  CHECK_FALSE(numbness_stayed(episode("2026-11-26T08:00:00Z", "Feeling back?=yes")));
  CHECK(numbness_stayed(episode("2026-11-26T08:00:00Z", "Feeling back?=no"))); // stopped before the last check
  CHECK_FALSE(numbness_stayed(episode("2026-11-26T08:00:00Z")));
  SUBCASE("a routine that is no numbness episode: never, whatever its name")
  {
    CHECK_FALSE(numbness_stayed(record("2026-11-26T08:00:00Z", "midrun", "done", 300, "Music on?=no", "-")));
    CHECK_FALSE(numbness_stayed(record("2026-11-26T08:00:00Z", "knee", "done", 300, "Does it hurt?=no")));
  }
  SUBCASE("lines of format 1, without the episode field: `midrun` was the numbness routine")
  {
    const auto old = parse_record("2026-11-26T08:00:00Z\tmidrun\tdone\t300\t1\t1\tHas the numbness gone?=no");
    REQUIRE(old);
    CHECK(old->episode == "numbness");
    CHECK(numbness_stayed(*old));
  }
}

TEST_CASE("NumbnessFollowUp")
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
    CHECK(follow_up.episodes() == 3);
    CHECK(follow_up.advise());
    CHECK(follow_up.advice()
          == "Your feet went numb 3 times in the last 30 days, and the numbness stayed on 2 days. Numbness that keeps "
             "coming back is a warning light: have a doctor or physical therapist give you a full evaluation.");
  }
  SUBCASE("three episodes in 30 days call for the advice, even when the numbness went each time")
  {
    NumbnessFollowUp follow_up(day("2026-11-26"));
    follow_up.add(episode("2026-11-01T08:00:00Z", "Feeling back?=yes"));
    follow_up.add(episode("2026-11-12T08:00:00Z", "Feeling back?=yes"));
    CHECK_FALSE(follow_up.advise());
    follow_up.add(record("2026-11-20T08:00:00Z", "calf")); // not an episode
    CHECK_FALSE(follow_up.advise());
    follow_up.add(episode("2026-11-25T08:00:00Z", "Feeling back?=no;Has the numbness gone?=yes", "my-midrun"));
    CHECK(follow_up.advise());
    CHECK(follow_up.advice().starts_with("Your feet went numb 3 times in the last 30 days. Numbness"));
  }
  SUBCASE("the window: 30 days up to today")
  {
    NumbnessFollowUp follow_up(day("2026-11-26"));
    CHECK(follow_up.first_day() == day("2026-10-28"));
    follow_up.add(episode("2026-10-27T23:00:00Z", "Gone?=no"));
    follow_up.add(episode("2026-10-28T01:00:00Z", "Gone?=no"));
    CHECK(follow_up.episodes() == 1);
  }
}

TEST_SUITE_END();
