#include "routine/loader.h"

#include "error.h"

#include <doctest/doctest.h>
#include <map>

using namespace stretch;
using namespace stretch::routine;

namespace {

// Routines held in a map, by name.
class MapSource : public RoutineSource
{
public:
  explicit MapSource(std::map<std::string, std::string> files) : m_files(std::move(files)) {}

  std::optional<SourceFile> find(std::string_view name) const override
  {
    if (name == "unreadable") {
      throw Error("unreadable.stretch: Permission denied");
    }
    const auto it = m_files.find(std::string(name));
    if (it == m_files.end()) {
      return std::nullopt;
    }
    return SourceFile{it->first, it->first + ".stretch", it->second};
  }

  std::vector<std::string> names() const override
  {
    std::vector<std::string> names;
    for (const auto& [name, text] : m_files) {
      names.push_back(name);
    }
    return names;
  }

private:
  std::map<std::string, std::string> m_files;
};

const MapSource k_source({
  {"calf", "title Calf\nexercise Calf\nsides left right\nreps 3\ncontract 10s Press.\n"},
  {"laces", "title Laces\nexercise Laces\nmanual Loosen them.\n"},
  {"mix", "title Mix\ninclude calf\ninclude laces\n"},
  {"a", "title A\ninclude b\n"},
  {"b", "title B\nexercise B\nrest 5s\ninclude a\n"},
  {"self", "title Self\ninclude self\n"},
  {"broken", "title Broken\nexercise X\n"},
});

LoadResult load(std::string_view name, std::string text)
{
  return load_routine(SourceFile{std::string(name), std::string(name) + ".stretch", std::move(text)}, k_source);
}

} // namespace

TEST_SUITE_BEGIN("routine/loader");

TEST_CASE("load_routine")
{
  SUBCASE("includes are expanded in place")
  {
    const auto result = load("top", "title Top\nalias t\nexercise First\nrest 5s\ninclude mix\nexercise Last\nrest 5s\n");
    REQUIRE(result.routine);
    CHECK(result.routine->name == "top");
    CHECK(result.routine->title == "Top");
    CHECK(result.routine->aliases == std::vector<std::string>{"t"});
    std::vector<std::string> names;
    for (const Exercise& exercise : result.routine->exercises) {
      names.push_back(exercise.name);
    }
    CHECK(names == std::vector<std::string>{"First", "Calf", "Laces", "Last"});
    CHECK(result.routine->exercises[1].file == "calf.stretch");
  }
  SUBCASE("include with reps changes timed exercises only")
  {
    const auto result = load("top", "title Top\ninclude mix reps 1\n");
    REQUIRE(result.routine);
    CHECK(result.routine->exercises[0].reps == 1);
    CHECK(result.routine->exercises[1].reps == 1);
    const auto plain = load("top", "title Top\ninclude calf\n");
    REQUIRE(plain.routine);
    CHECK(plain.routine->exercises[0].reps == 3);
  }
  SUBCASE("an unknown name, with a suggestion")
  {
    const auto result = load("top", "title Top\ninclude clf\n");
    CHECK_FALSE(result.routine);
    CHECK(format_diagnostics(result.diagnostics)
          == "top.stretch:2:9: error: cannot include `clf`: no routine has that name; did you mean `calf`?\n");
  }
  SUBCASE("include cycles")
  {
    const auto result = load("top", "title Top\ninclude a\n");
    CHECK_FALSE(result.routine);
    CHECK(format_diagnostics(result.diagnostics)
          == "b.stretch:4:9: error: include cycle: a -> b -> a\n"
             "a.stretch:2:9: error: included routine `b` has errors\n"
             "top.stretch:2:9: error: included routine `a` has errors\n");
  }
  SUBCASE("a routine that includes itself")
  {
    const auto result = load_routine(*k_source.find("self"), k_source);
    CHECK(format_diagnostics(result.diagnostics) == "self.stretch:2:9: error: include cycle: self -> self\n");
  }
  SUBCASE("errors in an included file name that file")
  {
    const auto result = load("top", "title Top\ninclude broken\n");
    CHECK(format_diagnostics(result.diagnostics)
          == "broken.stretch:2: error: exercise `X` has no steps; add one, like `contract 10s Press down`\n"
             "top.stretch:2:9: error: included routine `broken` has errors\n");
  }
  SUBCASE("an include that cannot be read")
  {
    const auto result = load("top", "title Top\ninclude unreadable\n");
    CHECK(format_diagnostics(result.diagnostics)
          == "top.stretch:2:9: error: cannot include `unreadable`: unreadable.stretch: Permission denied\n");
  }
  SUBCASE("parse errors stop the load")
  {
    const auto result = load("top", "title Top\n");
    CHECK_FALSE(result.routine);
    CHECK(result.diagnostics.size() == 1);
  }
}

TEST_SUITE_END();
