// SPDX-License-Identifier: MIT
#include "routine/duration.h"

#include <doctest/doctest.h>

using namespace stretch::routine;
using std::chrono::milliseconds;
using std::chrono::seconds;

namespace {

milliseconds parsed(std::string_view text)
{
  const auto d = parse_duration(text);
  REQUIRE_MESSAGE(d, text);
  return *d;
}

std::string failure(std::string_view text)
{
  const auto d = parse_duration(text);
  REQUIRE_FALSE_MESSAGE(d, text);
  return d.error();
}

} // namespace

TEST_SUITE_BEGIN("routine/duration");

TEST_CASE("parse_duration")
{
  SUBCASE("as people write them")
  {
    CHECK(parsed("10s") == seconds(10));
    CHECK(parsed("20 s") == seconds(20));
    CHECK(parsed("1m30s") == seconds(90));
    CHECK(parsed("1m 30s") == seconds(90));
    CHECK(parsed("2m") == seconds(120));
    CHECK(parsed("90") == seconds(90));
    CHECK(parsed("1:30") == seconds(90));
    CHECK(parsed("1:00:00") == seconds(3600));
    CHECK(parsed("0:05:30") == seconds(330));
    CHECK(parsed("1m30") == seconds(90));
    CHECK(parsed("15 seconds") == seconds(15));
    CHECK(parsed("2 min") == seconds(120));
    CHECK(parsed("1 minute 5 sec") == seconds(65));
    CHECK(parsed("2.5s") == milliseconds(2500));
    CHECK(parsed("10S") == seconds(10));
    CHECK(parsed("1h") == seconds(3600));
    CHECK(parsed("0") == seconds(0));
  }
  SUBCASE("malformed")
  {
    const std::string expected_tail = ": expected a number of seconds or a time like 10s, 1m30s or 1:30";
    CHECK(failure("10x") == "invalid duration `10x`" + expected_tail);
    CHECK(failure("ten") == "invalid duration `ten`" + expected_tail);
    CHECK(failure("30s1m") == "invalid duration `30s1m`" + expected_tail);
    CHECK(failure("1:3") == "invalid duration `1:3`" + expected_tail);
    CHECK(failure("1:75") == "invalid duration `1:75`" + expected_tail);
    CHECK(failure("1:00:00:00") == "invalid duration `1:00:00:00`" + expected_tail);
    CHECK(failure("10s,") == "invalid duration `10s,`" + expected_tail);
    CHECK(failure("") == "invalid duration ``" + expected_tail);
    CHECK(failure("10s Press") == "invalid duration `10s`" + expected_tail);
  }
  SUBCASE("negative and absurd")
  {
    CHECK(failure("-5s") == "durations cannot be negative");
    CHECK(failure("61m") == "duration is over the limit of 1:00:00");
    CHECK(failure("99999999999999999999s") == "duration is over the limit of 1:00:00");
  }
}

TEST_CASE("parse_duration_prefix")
{
  SUBCASE("stops before the cue")
  {
    const auto d = parse_duration_prefix("10s Press the gas pedal");
    REQUIRE(d);
    CHECK(d->value == seconds(10));
    CHECK(d->length == 3);
  }
  SUBCASE("a bare number then words")
  {
    const auto d = parse_duration_prefix("90 Press");
    REQUIRE(d);
    CHECK(d->value == seconds(90));
    CHECK(d->length == 2);
  }
  SUBCASE("a unit word with a space")
  {
    const auto d = parse_duration_prefix("20 s slowly");
    REQUIRE(d);
    CHECK(d->value == seconds(20));
    CHECK(d->length == 4);
  }
  SUBCASE("a word that starts like a unit is cue text")
  {
    const auto d = parse_duration_prefix("20 slowly press");
    REQUIRE(d);
    CHECK(d->value == seconds(20));
    CHECK(d->length == 2);
  }
  SUBCASE("a number after a unit and a blank starts the cue")
  {
    const auto d = parse_duration_prefix("1m 30 breaths");
    REQUIRE(d);
    CHECK(d->value == seconds(60));
    CHECK(d->length == 2);
  }
}

TEST_CASE("looks_like_duration")
{
  CHECK(looks_like_duration("10s"));
  CHECK(looks_like_duration("-5"));
  CHECK_FALSE(looks_like_duration("Press"));
  CHECK_FALSE(looks_like_duration(""));
}

TEST_CASE("format_duration")
{
  CHECK(format_duration(seconds(10)) == "0:10");
  CHECK(format_duration(seconds(90)) == "1:30");
  CHECK(format_duration(seconds(634)) == "10:34");
  CHECK(format_duration(seconds(3600)) == "1:00:00");
  CHECK(format_duration(milliseconds(2500)) == "0:02.5");
  CHECK(format_duration(seconds(0)) == "0:00");
  CHECK(format_duration(seconds(-3)) == "0:00");
}

TEST_SUITE_END();
