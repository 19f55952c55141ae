#include "library/library.h"

#include "error.h"
#include "support/temp_dir.h"

#include <doctest/doctest.h>

using namespace stretch;
using library::BuiltinRoutine;
using library::Library;
using library::Origin;

namespace {

const BuiltinRoutine k_builtins[] = {
  {"calf", "title Built-in calf\nexercise Calf\ncontract 10s Press.\n"},
  {"big-toe", "title Big toe\nalias toe\nexercise Toe\ncontract 20s Curl.\n"},
};

std::vector<std::string> names_of(const std::vector<library::Entry>& entries)
{
  std::vector<std::string> names;
  for (const auto& entry : entries) {
    names.push_back(entry.name);
  }
  return names;
}

} // namespace

TEST_SUITE_BEGIN("library/library");

TEST_CASE("is_path_argument")
{
  CHECK(library::is_path_argument("./calf"));
  CHECK(library::is_path_argument("my.stretch"));
  CHECK(library::is_path_argument("/tmp/x"));
  CHECK_FALSE(library::is_path_argument("calf"));
  CHECK_FALSE(library::is_path_argument(".stretch"));
}

TEST_CASE("Library::entries")
{
  const test::TempDir dir;
  SUBCASE("built-ins only, without a user folder")
  {
    const Library lib(k_builtins, std::nullopt);
    CHECK(names_of(lib.entries()) == std::vector<std::string>{"big-toe", "calf"});
  }
  SUBCASE("a missing user folder is no error")
  {
    const Library lib(k_builtins, dir.path() / "nope");
    CHECK(lib.entries().size() == 2);
  }
  SUBCASE("the user's routines join and override the built-ins")
  {
    dir.write("calf.stretch", "title My calf\nexercise C\nrest 5s\n");
    dir.write("hamstring.stretch", "title H\nexercise H\nrest 5s\n");
    dir.write("notes.txt", "not a routine");
    dir.write(".hidden.stretch", "title X\n");
    std::filesystem::create_directory(dir.path() / "folder.stretch");
    const Library lib(k_builtins, dir.path());
    const auto entries = lib.entries();
    CHECK(names_of(entries) == std::vector<std::string>{"big-toe", "calf", "hamstring"});
    CHECK(entries[1].origin == Origin::user);
    CHECK(entries[1].overrides_builtin);
    CHECK(entries[2].origin == Origin::user);
    CHECK_FALSE(entries[2].overrides_builtin);
  }
}

TEST_CASE("Library::find_entry")
{
  const test::TempDir dir;
  dir.write("mine.stretch", "title Mine\nalias m\nexercise E\nrest 5s\n");
  const Library lib(k_builtins, dir.path());
  CHECK(lib.find_entry("calf")->origin == Origin::builtin);
  CHECK(lib.find_entry("toe")->name == "big-toe");
  CHECK(lib.find_entry("m")->name == "mine");
  CHECK_FALSE(lib.find_entry("nothing"));
}

TEST_CASE("Library::resolve")
{
  const test::TempDir dir;
  const auto path = dir.write("file.stretch", "title F\nexercise E\nrest 5s\n");
  dir.write("routines/calf.stretch", "title Mine\nexercise E\nrest 5s\n");
  const Library lib(k_builtins, dir.path() / "routines");
  SUBCASE("a name in the user's folder comes first")
  {
    const auto file = lib.resolve("calf");
    CHECK(file.text.find("title Mine") == 0);
    CHECK(file.display == (dir.path() / "routines/calf.stretch").string());
  }
  SUBCASE("a built-in")
  {
    const auto file = lib.resolve("big-toe");
    CHECK(file.display == "<built-in>/big-toe.stretch");
    CHECK(file.name == "big-toe");
  }
  SUBCASE("a path")
  {
    const auto file = lib.resolve(path.string());
    CHECK(file.name == "file");
    CHECK(file.text == "title F\nexercise E\nrest 5s\n");
  }
  SUBCASE("a missing path")
  {
    CHECK_THROWS_WITH_AS(lib.resolve("./missing.stretch"), "./missing.stretch: No such file or directory", Error);
  }
  SUBCASE("an unknown name, with close matches")
  {
    CHECK_THROWS_WITH_AS(lib.resolve("clf"), "no routine named `clf`; did you mean `calf`?", Error);
    CHECK_THROWS_WITH_AS(lib.resolve("yoga"), "no routine named `yoga`; `stretch list` shows them all", Error);
  }
}

TEST_CASE("Library::names")
{
  const Library lib(k_builtins, std::nullopt);
  CHECK(lib.names() == std::vector<std::string>{"big-toe", "toe", "calf"});
}

TEST_SUITE_END();
