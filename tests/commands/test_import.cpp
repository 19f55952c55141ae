// SPDX-License-Identifier: MIT
#include "commands/import.h"

#include "error.h"
#include "support/command_fixture.h"
#include "support/read_text.h"
#include "util/fd.h"

#include <doctest/doctest.h>
#include <fcntl.h>

using namespace stretch;

TEST_SUITE_BEGIN("commands/import");

TEST_CASE("name_from_title")
{
  CHECK(commands::name_from_title("Calf: press and lift the gas pedal") == "calf-press-and-lift-the-gas-pedal");
  CHECK(commands::name_from_title("  Physio's holds — week 2!") == "physio-s-holds-week-2");
  CHECK(commands::name_from_title("***").empty());
}

TEST_CASE("import_command")
{
  test::CommandFixture f;
  const std::string text = "title Physio holds\nexercise Calf\n  setup Lean.\n  contract 10s Press.\n";
  const auto source = f.dir.write("downloads/physio.stretch", text);
  const auto kept = f.dir.path() / "routines/physio.stretch";
  SUBCASE("a file: checked, then copied byte for byte under its own name")
  {
    CHECK(commands::import_command(f.context(), {.source = source.string()}, -1) == 0);
    CHECK(f.out.text() == kept.string() + "\n");
    CHECK(test::read_text(kept) == text);
    CHECK(f.library.find_entry("physio")->origin == library::Origin::user);
  }
  SUBCASE("standard input, named after its title, or as asked")
  {
    const util::Fd input(::open(source.c_str(), O_RDONLY));
    CHECK(commands::import_command(f.context(), {.source = "-"}, input.get()) == 0);
    CHECK(test::read_text(f.dir.path() / "routines/physio-holds.stretch") == text);
    const util::Fd again(::open(source.c_str(), O_RDONLY));
    CHECK(commands::import_command(f.context(), {.source = "-", .name = "mine.stretch"}, again.get()) == 0);
    CHECK(test::read_text(f.dir.path() / "routines/mine.stretch") == text);
  }
  SUBCASE("never over a routine of the user's, unless forced")
  {
    f.add_routine("physio", "title Mine\nexercise E\nsetup S.\nrest 5s\n");
    CHECK_THROWS_WITH_AS(commands::import_command(f.context(), {.source = source.string()}, -1),
                         (kept.string() + " already exists; --force replaces it, or --as NAME imports it under another name").c_str(),
                         Error);
    CHECK(test::read_text(kept).find("title Mine") == 0);
    CHECK(commands::import_command(f.context(), {.source = source.string(), .force = true}, -1) == 0);
    CHECK(test::read_text(kept) == text);
  }
  SUBCASE("a routine with errors is not kept")
  {
    const auto broken = f.dir.write("downloads/broken.stretch", "title Broken\nexercise E\n  contract 10x Press.\n");
    CHECK_THROWS_AS(commands::import_command(f.context(), {.source = broken.string()}, -1), Error);
    CHECK(f.err.text().find(":3:12: error: invalid duration `10x`") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(f.dir.path() / "routines/broken.stretch"));
  }
  SUBCASE("a name that cannot be a routine's")
  {
    CHECK_THROWS_AS(commands::import_command(f.context(), {.source = source.string(), .name = "../evil"}, -1), UsageError);
  }
  SUBCASE("a built-in's name: refused, saying what includes it, unless --replace-builtin")
  {
    try {
      commands::import_command(f.context(), {.source = source.string(), .name = "calf"}, -1);
      FAIL("imported over a built-in");
    } catch (const Error& error) {
      CHECK(std::string(error.what())
            == "a routine of yours called `calf` would take the place of the built-in routine `calf`, which daily and "
               "midrun include; choose another name, or give --replace-builtin to do it anyway");
    }
    CHECK_FALSE(std::filesystem::exists(f.dir.path() / "routines/calf.stretch"));
    CHECK(commands::import_command(f.context(), {.source = source.string(), .name = "calf", .replace_builtin = true}, -1)
          == 0);
    CHECK(f.err.text().ends_with("stretch: note: your `calf` takes the place of the built-in routine `calf`, which "
                                 "daily and midrun include\n"));
  }
  SUBCASE("a built-in's alias too")
  {
    CHECK_THROWS_AS(commands::import_command(f.context(), {.source = source.string(), .name = "toe"}, -1), Error);
  }
  SUBCASE("a name with two endings: refused, since nothing could reach it")
  {
    CHECK_THROWS_AS(commands::import_command(f.context(), {.source = source.string(), .name = "x.stretch.stretch"}, -1),
                    UsageError);
  }
}

TEST_SUITE_END();
