// SPDX-License-Identifier: MIT
#include "cli/usage_errors.h"

#include <doctest/doctest.h>

using namespace stretch::cli;

TEST_SUITE_BEGIN("cli/usage_errors");

TEST_CASE("phrase_problem: what was wrong and how it goes, for the command it was in")
{
  CHECK(phrase_problem({ParseFailure::unknown_option, "--bogus"}, "list", "") == "--bogus is not an option of `stretch list`");
  CHECK(phrase_problem({ParseFailure::unknown_option, "-x"}, "", "") == "-x is not an option of `stretch`");
  CHECK(phrase_problem({ParseFailure::extra_argument, "extra"}, "", "")
        == "`stretch` runs one routine at a time: `extra` is one too many");
  CHECK(phrase_problem({ParseFailure::extra_argument, "b"}, "path", "") == "`stretch path` takes no more arguments: `b` is one too many");
  CHECK(phrase_problem({ParseFailure::missing_argument, ""}, "show", "a routine, as in `stretch show calf`")
        == "`stretch show` needs a routine, as in `stretch show calf`");
  CHECK(phrase_problem({ParseFailure::missing_argument, ""}, "remind remove", "") == "`stretch remind remove` needs an argument");
  CHECK(phrase_problem({ParseFailure::missing_value, "--reps"}, "show", "") == "--reps needs a value, as in --reps 3");
  CHECK(phrase_problem({ParseFailure::missing_value, "--odd"}, "show", "") == "--odd needs a value");
  CHECK(phrase_problem({ParseFailure::value_for_flag, "--voice"}, "", "") == "--voice takes no value: give it alone");
  CHECK(phrase_problem({ParseFailure::value_for_flag, "--names", "bogus"}, "list", "")
        == "--names takes no value but true or false, not `bogus`: give it alone");
  CHECK(phrase_problem({ParseFailure::other, ""}, "remind", "") == "`stretch remind` cannot take this command line");
  // What the user typed reaches the terminal safely.
  CHECK(phrase_problem({ParseFailure::unknown_option, "--\x1b[2J"}, "list", "") == "--^[[2J is not an option of `stretch list`");
}

TEST_SUITE_END();
