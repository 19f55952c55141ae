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

TEST_CASE("full_usage: every way to call it, every routine there is, and where to read more")
{
  const test::TempDir dir;
  dir.write("mine.stretch", "title Mine\nexercise E\n  rest 5s\n");
  const library::Library library(library::builtin_routines(), dir.path());
  const std::string usage = cli::full_usage(library);
  CHECK(usage.starts_with("Usage: stretch [OPTIONS] ROUTINE"));
  CHECK(usage.find("       stretch COMMAND [OPTIONS] ...  list, show, check, new, edit, import,") != std::string::npos);
  CHECK(usage.find("Routines: ankle, big-toe, calf, daily, laces, midrun, mine\n") != std::string::npos);
  CHECK(usage.ends_with("Run `stretch --help` for the commands, options and keys."));
}

TEST_CASE("two_columns and wrap_help: to the width, a long word broken and never lost")
{
  const std::pair<std::string, std::string> rows[] = {{"stretch list", "every routine, with its time and where it comes from"}};
  CHECK(cli::two_columns(rows, 2, 20, 50) == "  stretch list      every routine, with its time\n"
                                            "                    and where it comes from\n");
  CHECK(cli::wrap_help("Read $XDG_CONFIG_HOME/stretch/config first", 16)
        == "Read\n$XDG_CONFIG_HOME\n/stretch/config\nfirst");
}

TEST_SUITE_END();
