// SPDX-License-Identifier: MIT
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

TEST_CASE("check_routine_name refuses names that look like others, or like nothing")
{
  // No-break space, zero-width space, right-to-left mark, ideographic space, a line
  // separator, a byte-order mark: named by code point, since they do not show.
  CHECK(check_routine_name("calf\u00a0") == "routine name `calf\u00a0` may not contain invisible or space-like "
                                            "characters (U+00A0 at byte 5)");
  // Shown without it (it draws nothing, and could hide what a name says), named by its code point.
  CHECK(check_routine_name("ca\u200blf") == "routine name `calf` may not contain invisible or space-like "
                                            "characters (U+200B at byte 3)");
  for (const char* name : {"calf\u200f", "big\u3000toe", "x\u2028y", "\ufeffcalf", "calf\u00ad", "calf\U000E0041"}) {
    CAPTURE(name);
    CHECK(check_routine_name(name));
  }
  CHECK_FALSE(check_routine_name("caf\u00e9"));
}

TEST_CASE("check_routine_name refuses a .stretch ending: no command could reach the routine")
{
  CHECK(check_routine_name("x.stretch") == "routine name `x.stretch` cannot end in `.stretch`: that is its file's "
                                           "ending, and a name that ends so is taken for a file");
  CHECK_FALSE(check_routine_name("x.stretches"));
}

TEST_SUITE_END();
