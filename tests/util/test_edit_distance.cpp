// SPDX-License-Identifier: MIT
#include "util/edit_distance.h"

#include <doctest/doctest.h>

using namespace stretch::util;

TEST_SUITE_BEGIN("util/edit_distance");

TEST_CASE("edit_distance")
{
  CHECK(edit_distance("calf", "calf") == 0);
  CHECK(edit_distance("clf", "calf") == 1);
  CHECK(edit_distance("exrecise", "exercise") == 1); // a swap of neighbours is one edit
  CHECK(edit_distance("TITLE", "title") == 0);
  CHECK(edit_distance("", "abc") == 3);
  CHECK(edit_distance("kitten", "sitting") == 3);
}

TEST_CASE("closest_matches")
{
  const std::vector<std::string> names{"calf", "ankle", "big-toe", "daily", "laces", "midrun"};
  SUBCASE("a typo") { CHECK(closest_matches("clf", names) == std::vector<std::string>{"calf"}); }
  SUBCASE("a prefix") { CHECK(closest_matches("mid", names) == std::vector<std::string>{"midrun"}); }
  SUBCASE("nothing close") { CHECK(closest_matches("yoga", names).empty()); }
  SUBCASE("the word itself is not suggested") { CHECK(closest_matches("calf", names).empty()); }
}

TEST_CASE("did_you_mean")
{
  CHECK(did_you_mean("exrcise", {"exercise", "setup"}) == "; did you mean `exercise`?");
  CHECK(did_you_mean("res", {"reps", "rest"}) == "; did you mean `reps` or `rest`?");
  CHECK(did_you_mean("zzz", {"reps"}).empty());
}

TEST_SUITE_END();
