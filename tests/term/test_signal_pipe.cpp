// SPDX-License-Identifier: MIT
#include "term/signal_pipe.h"

#include <csignal>
#include <doctest/doctest.h>

using namespace stretch::term;

TEST_SUITE_BEGIN("term/signal_pipe");

TEST_CASE("SignalPipe")
{
  struct sigaction before = {};
  ::sigaction(SIGUSR1, nullptr, &before);
  {
    SignalPipe pipe({SIGUSR1, SIGUSR2});
    CHECK(pipe.drain().empty());
    ::raise(SIGUSR1);
    ::raise(SIGUSR2);
    CHECK(pipe.drain() == std::vector<int>{SIGUSR1, SIGUSR2});
    CHECK(pipe.drain().empty());
    SUBCASE("SIGPIPE is ignored while it lives")
    {
      struct sigaction now = {};
      ::sigaction(SIGPIPE, nullptr, &now);
      CHECK((now.sa_handler == SIG_IGN));
    }
  }
  struct sigaction after = {};
  ::sigaction(SIGUSR1, nullptr, &after);
  CHECK((after.sa_handler == before.sa_handler));
}

TEST_SUITE_END();
