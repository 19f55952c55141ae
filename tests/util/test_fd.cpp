// SPDX-License-Identifier: MIT
#include "util/fd.h"

#include <cerrno>
#include <csignal>
#include <doctest/doctest.h>
#include <fcntl.h>
#include <string>

using namespace stretch;

TEST_SUITE_BEGIN("util/fd");

TEST_CASE("Fd closes what it holds, whatever the way out")
{
  int fds[2];
  REQUIRE(::pipe(fds) == 0);
  {
    const util::Fd read_end(fds[0]);
    CHECK(read_end.get() == fds[0]);
  }
  CHECK(::fcntl(fds[0], F_GETFD) == -1); // closed
  ::close(fds[1]);
  const util::Fd none(-1); // nothing to close
  CHECK(none.get() == -1);
}

TEST_CASE("write_all writes everything, and tells why it could not")
{
  int fds[2];
  REQUIRE(::pipe(fds) == 0);
  const util::Fd read_end(fds[0]);
  {
    const util::Fd write_end(fds[1]);
    CHECK(util::write_all(write_end.get(), "hello") == 0);
  }
  char buffer[16] = {};
  CHECK(::read(read_end.get(), buffer, sizeof buffer) == 5);
  CHECK(std::string(buffer) == "hello");
  SUBCASE("a pipe whose reader went away: EPIPE, not a crash")
  {
    int other[2];
    REQUIRE(::pipe(other) == 0);
    ::close(other[0]);
    const util::Fd write_end(other[1]);
    struct sigaction ignore = {};
    struct sigaction old = {};
    ignore.sa_handler = SIG_IGN;
    ::sigaction(SIGPIPE, &ignore, &old);
    CHECK(util::write_all(write_end.get(), "lost") == EPIPE);
    ::sigaction(SIGPIPE, &old, nullptr);
  }
  SUBCASE("a closed descriptor")
  {
    CHECK(util::write_all(-1, "x") == EBADF);
  }
}

TEST_SUITE_END();
