// SPDX-License-Identifier: MIT
#include "library/library.h"

#include "error.h"
#include "support/temp_dir.h"

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <sys/stat.h>

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
    CHECK(entries[1].hides_builtin);
    CHECK(entries[1].hides.empty());
    CHECK(entries[2].origin == Origin::user);
    CHECK_FALSE(entries[2].hides_builtin);
  }
  SUBCASE("files that are no routines are skipped, each with why; hidden ones without a word")
  {
    dir.write(".#calf.stretch", "an editor's lock file");
    std::filesystem::create_directory(dir.path() / "folder.stretch");
    REQUIRE(::mkfifo((dir.path() / "fifo.stretch").c_str(), 0600) == 0);
    std::filesystem::create_symlink(dir.path() / "gone", dir.path() / "dangling.stretch");
    dir.write("x.stretch.stretch", "title X\n");
    dir.write("nb\u00a0sp.stretch", "title X\n");
    const Library lib(k_builtins, dir.path());
    std::vector<std::string> skipped;
    for (const auto& file : lib.skipped()) {
      skipped.push_back(file.path.filename().string() + ": " + file.why);
    }
    CHECK(skipped
          == std::vector<std::string>{"dangling.stretch: a link to nothing", "fifo.stretch: not a regular file",
                                      "folder.stretch: a folder, not a routine file",
                                      "nb\u00a0sp.stretch: routine name `nb\u00a0sp` may not contain invisible or "
                                      "space-like characters (U+00A0 at byte 3)",
                                      "x.stretch.stretch: routine name `x.stretch` cannot end in `.stretch`: that is "
                                      "its file's ending, and a name that ends so is taken for a file"});
    // A routine of that name is not missing but broken: said so, for `include fifo` too.
    const std::string why = (dir.path() / "fifo.stretch").string() + ": not a regular file";
    CHECK_THROWS_WITH_AS(lib.find("fifo"), why.c_str(), Error);
  }
}

TEST_CASE("Library::entries with folders installed for everyone")
{
  const test::TempDir dir;
  dir.write("user/mine.stretch", "title Mine\nexercise E\nrest 5s\n");
  dir.write("home-data/club.stretch", "title Club (home)\nexercise E\nrest 5s\n");
  dir.write("local/club.stretch", "title Club (local)\nexercise E\nrest 5s\n");
  dir.write("local/calf.stretch", "title Calf (local)\nexercise E\nrest 5s\n");
  dir.write("usr/physio.stretch", "title Physio\nexercise E\nrest 5s\n");
  dir.write("usr/mine.stretch", "title Mine (usr)\nexercise E\nrest 5s\n");
  const Library lib(k_builtins, {{dir.path() / "user", Origin::user},
                                 {dir.path() / "home-data", Origin::installed},
                                 {dir.path() / "local", Origin::installed},
                                 {dir.path() / "missing", Origin::installed},
                                 {dir.path() / "usr", Origin::installed}});
  const auto entries = lib.entries();
  REQUIRE(names_of(entries) == std::vector<std::string>{"big-toe", "calf", "club", "mine", "physio"});
  SUBCASE("the first folder with a name wins, and says what it hides")
  {
    CHECK(entries[1].path == dir.path() / "local/calf.stretch");
    CHECK(entries[1].origin == Origin::installed);
    CHECK(entries[1].hides_builtin);
    CHECK(entries[2].path == dir.path() / "home-data/club.stretch");
    CHECK(entries[2].hides == std::vector<std::filesystem::path>{dir.path() / "local/club.stretch"});
    CHECK(entries[3].origin == Origin::user);
    CHECK(entries[3].hides == std::vector<std::filesystem::path>{dir.path() / "usr/mine.stretch"});
    CHECK_FALSE(entries[3].hides_builtin);
    CHECK(entries[4].origin == Origin::installed);
    CHECK(entries[4].hides.empty());
  }
  SUBCASE("the user's folder is the one of origin user, wherever it is in the list")
  {
    CHECK(lib.user_dir() == dir.path() / "user");
    const Library without_user(k_builtins, {{dir.path() / "usr", Origin::installed}});
    CHECK_FALSE(without_user.user_dir());
  }
  SUBCASE("a routine of an installed folder runs and is included by name")
  {
    CHECK(lib.resolve("physio")->source.text.find("title Physio") == 0);
    CHECK(lib.find("club")->source.text.find("title Club (home)") == 0);
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
    const auto file = lib.resolve("calf")->source;
    CHECK(file.text.find("title Mine") == 0);
    CHECK(file.display == (dir.path() / "routines/calf.stretch").string());
  }
  SUBCASE("a built-in")
  {
    const auto file = lib.resolve("big-toe")->source;
    CHECK(file.display == "<built-in>/big-toe.stretch");
    CHECK(file.name == "big-toe");
  }
  SUBCASE("a path")
  {
    const auto file = lib.resolve(path.string())->source;
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

TEST_CASE("Library reads the folder and each file once, until it forgets")
{
  const test::TempDir dir;
  const auto path = dir.write("mine.stretch", "title Mine\nexercise E\nrest 5s\n");
  const Library lib(k_builtins, dir.path());
  const auto first = lib.find("mine");
  REQUIRE(first);
  dir.write("mine.stretch", "title Changed\nexercise E\nrest 5s\n");
  dir.write("new.stretch", "title New\nexercise E\nrest 5s\n");
  CHECK(lib.find("mine") == first); // the same parse, not a second read
  CHECK_FALSE(lib.find_entry("new"));
  lib.forget();
  CHECK(lib.find("mine")->parsed.routine.about.title == "Changed");
  CHECK(lib.find_entry("new"));
}

TEST_CASE("Library::check_aliases")
{
  const test::TempDir dir;
  dir.write("a.stretch", "title A\nalias shared, toe\nexercise E\nrest 5s\n");
  dir.write("b.stretch", "title B\nalias shared\nexercise E\nrest 5s\n");
  dir.write("c.stretch", "title C\nalias calf x\nexercise E\nrest 5s\n");
  dir.write("big-toe.stretch", "title My big toe\nalias toe\nexercise E\nrest 5s\n");
  const Library lib(k_builtins, dir.path());
  const auto problems = [&](std::string_view name) { return routine::format_diagnostics(lib.check_aliases(*lib.find(name))); };
  SUBCASE("an alias of two routines is an error in both, and ambiguous to look up")
  {
    CHECK(problems("a") == (dir.path() / "a.stretch").string() + ":2:7: error: alias `shared` is also an alias of routine `b`\n"
                               + (dir.path() / "a.stretch").string() + ":2:15: error: alias `toe` is also an alias of routine `big-toe`\n");
    CHECK(problems("b") == (dir.path() / "b.stretch").string() + ":2:7: error: alias `shared` is also an alias of routine `a`\n");
    CHECK_THROWS_WITH_AS(lib.find_entry("shared"), "`shared` is an alias of 2 routines: a, b; rename the alias in one of them",
                         UsageError);
  }
  SUBCASE("an alias that is another routine's name: ignored, with a warning")
  {
    CHECK(problems("c") == (dir.path() / "c.stretch").string()
                             + ":2:7: warning: alias `calf` is ignored: it is the name of a routine (built-in), which keeps it\n");
  }
  SUBCASE("a copy that takes a built-in's place keeps its aliases, which others may not take")
  {
    CHECK(problems("big-toe") == (dir.path() / "big-toe.stretch").string() + ":2:7: error: alias `toe` is also an alias of routine `a`\n");
  }
  SUBCASE("the built-ins are not checked: a routine of the user's name wins over their alias")
  {
    CHECK(lib.check_aliases(*lib.find("calf")).empty());
  }
}

TEST_CASE("Library aliases across folders: the earlier folder's wins, a later one's is ignored with a warning")
{
  const test::TempDir dir;
  const auto mine = dir.write("user/mine.stretch", "title Mine\nalias quick\nexercise E\nrest 5s\n");
  const auto club = dir.write("shared/club.stretch", "title Club\nalias quick, toe, mine\nexercise E\nrest 5s\n");
  const Library lib(k_builtins, {{dir.path() / "user", Origin::user}, {dir.path() / "shared", Origin::installed}});
  // The user's routine runs under its alias, with nothing to say against it.
  CHECK(lib.find_entry("quick")->name == "mine");
  CHECK(lib.check_aliases(*lib.find("mine")).empty());
  // The folder of routines installed for everyone comes before the built-ins: its `toe` wins.
  CHECK(lib.find_entry("toe")->name == "club");
  CHECK(routine::format_diagnostics(lib.check_aliases(*lib.find("club")))
        == club.string() + ":2:7: warning: alias `quick` is ignored: routine `mine` (" + mine.string() + ") has it, and wins\n"
           + club.string() + ":2:19: warning: alias `mine` is ignored: it is the name of a routine (" + mine.string()
           + "), which keeps it\n");
}

TEST_CASE("Library::resolve: a name in another case, when only one routine has it")
{
  const test::TempDir dir;
  dir.write("Warm.stretch", "title Warm A\nexercise E\nrest 5s\n");
  dir.write("warm.stretch", "title Warm B\nexercise E\nrest 5s\n");
  const Library lib(k_builtins, dir.path());
  CHECK(lib.resolve("Calf")->source.name == "calf");
  CHECK(lib.resolve("TOE")->source.name == "big-toe"); // an alias too
  CHECK_THROWS_WITH_AS(lib.resolve("WARM"), "`WARM` is the name of 2 routines but for case: Warm, warm; type it as one of them",
                       UsageError);
  const std::string_view commands[] = {"history", "list"};
  CHECK_THROWS_WITH_AS(lib.resolve("histroy", commands), "no routine named `histroy`; did you mean `history`?", UsageError);
}

TEST_CASE("Library::resolve takes an existing file as that file")
{
  const test::TempDir dir;
  dir.write("notes.txt", "title Notes\nexercise E\nrest 5s\n");
  const Library lib(k_builtins, std::nullopt);
  const std::filesystem::path cwd = std::filesystem::current_path();
  std::filesystem::current_path(dir.path());
  CHECK(library::is_path_argument("notes.txt"));
  CHECK(lib.resolve("notes.txt")->source.name == "notes.txt");
  CHECK_THROWS_AS(lib.resolve("nothing.txt"), UsageError);
  std::filesystem::current_path(cwd);
}

TEST_CASE("Library::entries reads at most so many files of the user's")
{
  const test::TempDir dir;
  for (std::size_t i = 0; i <= library::k_max_user_routines; ++i) {
    dir.write(fmt::format("r{:04}.stretch", i), "title R\nexercise E\nrest 5s\n");
  }
  const Library lib(k_builtins, dir.path());
  CHECK(lib.entries().size() == library::k_max_user_routines + 2);
  CHECK(lib.truncated() == std::vector<std::filesystem::path>{dir.path()});
  CHECK_FALSE(lib.find_entry(fmt::format("r{:04}", library::k_max_user_routines)));
  const std::string message = fmt::format("no routine named `r1000` (of the routine files of {}, only the first 1000 "
                                          "are read); did you mean `r0000` or `r0100`?",
                                          dir.path().string());
  CHECK_THROWS_WITH_AS(lib.resolve(fmt::format("r{:04}", library::k_max_user_routines)), message.c_str(), UsageError);
}

TEST_CASE("Library::entries: a folder of many broken entries keeps no more than the limit of them")
{
  const test::TempDir dir;
  // Links to nothing, with the names of routines, in reverse order of creation.
  for (std::size_t i = 3 * library::k_max_user_routines; i > 0; --i) {
    std::filesystem::create_symlink(dir.path() / "nowhere", dir.path() / fmt::format("b{:05}.stretch", i));
  }
  const Library lib(k_builtins, dir.path());
  CHECK(lib.entries().size() == 2); // the built-ins
  CHECK(lib.skipped().size() == library::k_max_user_routines);
  CHECK(lib.skipped().front().name == "b00001"); // the first in name order
  CHECK(lib.truncated() == std::vector<std::filesystem::path>{dir.path()});
}

TEST_CASE("Library::names")
{
  const Library lib(k_builtins, std::nullopt);
  CHECK(lib.names() == std::vector<std::string>{"big-toe", "calf", "toe"});
}

TEST_SUITE_END();
