// SPDX-License-Identifier: MIT
#include "util/process.h"

#include <doctest/doctest.h>

using namespace stretch::util;

TEST_SUITE_BEGIN("util/process");

TEST_CASE("run_and_wait")
{
  CHECK(*run_and_wait({"sh", "-c", "exit 3"}) == 3);
  CHECK(*run_and_wait({"true"}) == 0);
  CHECK(*run_and_wait({"sh", "-c", "kill -TERM $$"}) == 128 + 15);
  // No shell: the argument is one word, however it looks.
  CHECK(*run_and_wait({"test", "a; exit 7", "=", "a; exit 7"}) == 0);
  const auto missing = run_and_wait({"/nonexistent/editor", "file"});
  REQUIRE_FALSE(missing);
  CHECK(missing.error() == "cannot start /nonexistent/editor: No such file or directory");
  CHECK_FALSE(run_and_wait({}));
}

TEST_CASE("run_captured")
{
  using namespace std::chrono_literals;
  SUBCASE("input in, output and errors out, more than a pipe holds each way")
  {
    const std::string big(300'000, 'x');
    const auto r = run_captured({"/bin/sh", "-c", "cat; echo oops >&2; exit 4"}, big, 1'000'000, 10s);
    REQUIRE(r);
    CHECK(r->out == big);
    CHECK(r->err == "oops\n");
    CHECK(r->status == 4);
  }
  SUBCASE("a program that reads nothing of its input ends well, and so does this one")
  {
    const auto r = run_captured({"/bin/sh", "-c", "exec 0<&-; echo done"}, std::string(1'000'000, 'x'), 100, 10s);
    REQUIRE(r);
    CHECK(r->out == "done\n");
  }
  SUBCASE("a flood, a hang and a lingering child are cut short")
  {
    const auto flood = run_captured({"/bin/sh", "-c", "while :; do echo yyyyyyyyyyyyyyyy; done"}, "", 1000, 10s);
    REQUIRE_FALSE(flood);
    CHECK(flood.error() == "/bin/sh printed more than 1000 bytes");
    const auto hang = run_captured({"/bin/sh", "-c", "sleep 5"}, "", 1000, 100ms);
    REQUIRE_FALSE(hang);
    CHECK(hang.error() == "/bin/sh did not finish within 100 ms");
    const auto linger = run_captured({"/bin/sh", "-c", "exec >&- 2>&-; sleep 5"}, "", 1000, 100ms);
    CHECK_FALSE(linger);
  }
  SUBCASE("a program that is not there")
  {
    const auto missing = run_captured({"/nonexistent/crontab", "-l"}, "", 1000, 1s);
    REQUIRE_FALSE(missing);
    CHECK(missing.error() == "cannot start /nonexistent/crontab: No such file or directory");
  }
}

TEST_SUITE_END();
