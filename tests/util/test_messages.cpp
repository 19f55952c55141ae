// SPDX-License-Identifier: MIT
#include "util/messages.h"

#include <doctest/doctest.h>

using namespace stretch;

TEST_SUITE_BEGIN("util/messages");

TEST_CASE("error_line, warning_line, note_line")
{
  CHECK(util::error_line("no routine named `x`") == "stretch: error: no routine named `x`\n");
  CHECK(util::warning_line("this session is not logged") == "stretch: warning: this session is not logged\n");
  CHECK(util::note_line("copied") == "stretch: note: copied\n");
  CHECK(util::error_line("a\x1b[2Jb\nc") == "stretch: error: a^[[2Jb^Jc\n"); // one line, nothing for the terminal to obey
}

TEST_SUITE_END();
