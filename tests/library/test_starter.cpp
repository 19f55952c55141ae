// SPDX-License-Identifier: MIT
#include "library/starter.h"

#include "routine/parser.h"

#include <doctest/doctest.h>

using namespace stretch;

TEST_SUITE_BEGIN("library/starter");

TEST_CASE("title_from_name")
{
  CHECK(library::title_from_name("hamstring") == "Hamstring");
  CHECK(library::title_from_name("my-calf_2") == "My calf 2");
  CHECK(library::title_from_name("") == "");
}

TEST_CASE("starter_routine is a valid routine with the name's title")
{
  const std::string text = library::starter_routine("hamstring");
  const auto parsed = routine::parse_routine(text, "hamstring.stretch");
  CHECK_MESSAGE(parsed.ok(), routine::format_diagnostics(parsed.diagnostics));
  CHECK(parsed.routine.about.title == "Hamstring");
  CHECK(text.find("stretch check hamstring") != std::string::npos);
}

TEST_CASE("copied_routine")
{
  SUBCASE("under the original's name: it takes its place, aliases and title too")
  {
    const std::string copy = library::copied_routine("title Big toe\r\nalias toe\r\nexercise E\r\nrest 5s\r\n", "big-toe", "big-toe");
    CHECK(copy == "# big-toe: started from a copy of `big-toe`.\ntitle Big toe\r\nalias toe\r\nexercise E\r\nrest 5s\r\n");
  }
  const std::string copy = library::copied_routine("# Big toe\n  Title   Big toe  \nalias toe, bigtoe\nexercise E\nrest 5s", "big-toe", "mytoe");
  CHECK(copy
        == "# mytoe: started from a copy of `big-toe`.\n"
           "# Big toe\n"
           "  Title Big toe (mytoe)\n"
           "# (the original keeps its other names) alias toe, bigtoe\n"
           "exercise E\n"
           "rest 5s\n");
  const auto parsed = routine::parse_routine(copy, "mytoe.stretch");
  CHECK(parsed.ok());
  CHECK(parsed.routine.aliases.empty());
}

TEST_SUITE_END();
