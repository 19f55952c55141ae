// SPDX-License-Identifier: MIT
#include "routine/lint.h"

#include "library/builtins.h"
#include "library/library.h"
#include "routine/loader.h"
#include "support/load.h"

#include <doctest/doctest.h>

using namespace stretch;
using namespace stretch::routine;

namespace {

// No routines to include: lint tests use none.
class NoSource : public RoutineSource
{
public:
  std::shared_ptr<const ParsedFile> find(std::string_view) const override { return nullptr; }
  std::vector<std::string> names() const override { return {}; }
};

std::string lint_of(std::string_view text)
{
  const auto loaded = test::load_routine({"t", "t.stretch", std::string(text)}, NoSource{});
  REQUIRE_MESSAGE(loaded.routine, format_diagnostics(loaded.diagnostics));
  return format_diagnostics(lint(*loaded.routine));
}

} // namespace

TEST_SUITE_BEGIN("routine/lint");

TEST_CASE("lint: static stretches from 10 to 60 seconds")
{
  CHECK(lint_of("title T\nexercise E\nsetup Stand.\nstretch 9s A.\nstretch 10s B.\nstretch 60s C.\n"
                "exercise F\nsetup Stand.\nstretch 61s D.\nstretch 121s E.\n")
        == "t.stretch:4: warning: a stretch of 0:09 is short: hold a stretch 10 to 30 seconds (ACSM's guidelines)\n"
           "t.stretch:9: warning: a stretch of 1:01 is long: hold a stretch 10 to 30 seconds, 60 at most "
           "(ACSM's guidelines)\n"
           "t.stretch:10: warning: a stretch of 2:01 is over two minutes: likely a typo\n");
}

TEST_CASE("lint: contractions over 10 s only where a stretch or relax follows")
{
  CHECK(lint_of("title T\nexercise E\nsetup Stand.\ncontract 10s A.\ncontract 15s B.\n")
        == "t.stretch:5: warning: a contraction of 0:15 outside a contract-relax exercise: hold contractions up to "
           "10 seconds, unless a stretch or a relax follows (ACSM's guidelines, PNF)\n");
  CHECK(lint_of("title T\nexercise E\nsetup Stand.\ncontract 15s A.\nrelax 5s B.\n").empty());
  CHECK(lint_of("title T\nexercise E\nsetup Stand.\nfirst stretch 20s In.\ncontract 20s A.\n").empty());
}

TEST_CASE("lint: at most 4 minutes on one side of one exercise")
{
  CHECK(lint_of("title T\nexercise Long\nsetup Stand.\nsides left right\nreps 5\nstretch 30s A.\nstretch 20s B.\n")
        == "t.stretch:2: warning: exercise `Long` takes 4:10 on one side: over 4 minutes; 2 to 4 reps are enough "
           "(ACSM's guidelines)\n");
  CHECK(lint_of("title T\nexercise E\nsetup Stand.\nsides left right\nreps 4\nstretch 30s A.\nstretch 30s B.\n").empty());
}

TEST_CASE("lint: a lead-in needs a setup to say how to get into position")
{
  CHECK(lint_of("title T\nexercise E\nstretch 20s A.\n")
        == "t.stretch:2: warning: exercise `E` has no `setup`: its lead-in cannot say how to get into position\n");
  CHECK(lint_of("title T\nexercise E\nmanual Shoe off.\nstretch 20s A.\n").empty()); // no lead-in: the manual step waits
}

TEST_CASE("lint: the built-in routines draw no warning")
{
  const library::Library library(library::builtin_routines(), std::nullopt);
  for (const auto& entry : library.entries()) {
    CAPTURE(entry.name);
    const auto loaded = test::load_routine((*library.parsed(entry))->source, library);
    REQUIRE(loaded.routine);
    CHECK(format_diagnostics(lint(*loaded.routine)) == "");
  }
}

TEST_SUITE_END();
