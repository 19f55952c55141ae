#include "routine/name.h"

#include <doctest/doctest.h>

using namespace stretch::routine;

TEST_SUITE_BEGIN("routine/name");

TEST_CASE("check_routine_name")
{
  CHECK_FALSE(check_routine_name("calf"));
  CHECK_FALSE(check_routine_name("big-toe"));
  CHECK_FALSE(check_routine_name("mollet_2"));
  CHECK_FALSE(check_routine_name("\xC3\xA9tirement"));
  CHECK(check_routine_name("") == "a routine name cannot be empty");
  CHECK(check_routine_name(".hidden") == "routine name `.hidden` cannot start with `.`");
  CHECK(check_routine_name("-v") == "routine name `-v` cannot start with `-`");
  CHECK(check_routine_name("a/b") == "routine name `a/b` may not contain spaces, slashes or control characters");
  CHECK(check_routine_name("a b") == "routine name `a b` may not contain spaces, slashes or control characters");
  CHECK(check_routine_name("a\x1b") == "routine name `a^[` may not contain spaces, slashes or control characters");
  CHECK(check_routine_name(std::string(65, 'a')) == "routine name is too long (65 bytes; the limit is 64)");
}

TEST_SUITE_END();
