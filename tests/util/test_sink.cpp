// SPDX-License-Identifier: MIT
#include "util/sink.h"

#include <doctest/doctest.h>
#include <unistd.h>

using namespace stretch::util;

TEST_SUITE_BEGIN("util/sink");

TEST_CASE("StringSink")
{
  StringSink sink;
  sink.write("a");
  sink.write("bc");
  CHECK(sink.text() == "abc");
}

TEST_CASE("FdSink")
{
  int fds[2];
  REQUIRE(::pipe(fds) == 0);
  FdSink sink(fds[1]);
  sink.write("hello");
  ::close(fds[1]);
  char buffer[16] = {};
  CHECK(::read(fds[0], buffer, sizeof buffer) == 5);
  CHECK(std::string(buffer) == "hello");
  ::close(fds[0]);
}

TEST_SUITE_END();
