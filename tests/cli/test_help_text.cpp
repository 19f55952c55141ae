// SPDX-License-Identifier: MIT
#include "cli/help_text.h"

#include "library/builtins.h"
#include "support/temp_dir.h"

#include <doctest/doctest.h>

using namespace stretch;

TEST_SUITE_BEGIN("cli/help_text");

TEST_CASE("examples_footer: the command at the left, what it does in a column, a long command on a line of its own")
{
  constexpr cli::Example examples[] = {{"stretch list", "every routine"},
                                       {"stretch new hamstring --from calf && stretch edit hamstring", "from a copy"}};
  CHECK(cli::examples_footer(examples)
        == "Examples:\n"
           "  stretch list                  every routine\n"
           "  stretch new hamstring --from calf && stretch edit hamstring\n"
           "                                from a copy");
}

TEST_CASE("top_footer: keys, examples, and the manual of routine files")
{
  const std::string footer = cli::top_footer();
  CHECK(footer.find("Examples:\n  stretch calf  ") != std::string::npos);
  CHECK(footer.ends_with("Routine files are described in stretch-routine(5)."));
}

TEST_CASE("short_usage: how to start, and every routine there is")
{
  const test::TempDir dir;
  dir.write("mine.stretch", "title Mine\nexercise E\n  rest 5s\n");
  const library::Library library(library::builtin_routines(), dir.path());
  const std::string usage = cli::short_usage(library);
  CHECK(usage.starts_with("Usage: stretch ROUTINE [OPTIONS]"));
  CHECK(usage.find("Routines: ankle, big-toe, calf, daily, laces, midrun, mine\n") != std::string::npos);
}

TEST_SUITE_END();
