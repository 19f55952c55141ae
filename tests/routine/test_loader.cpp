// SPDX-License-Identifier: MIT
#include "routine/loader.h"

#include "error.h"
#include "support/load.h"

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <map>

using namespace stretch;
using namespace stretch::routine;

namespace {

// Routines held in a map, by name.
class MapSource : public RoutineSource
{
public:
  explicit MapSource(std::map<std::string, std::string> files) : m_files(std::move(files)) {}

  std::shared_ptr<const ParsedFile> find(std::string_view name) const override
  {
    if (name == "unreadable") {
      throw Error("unreadable.stretch: Permission denied");
    }
    const auto it = m_files.find(std::string(name));
    if (it == m_files.end()) {
      return nullptr;
    }
    ++finds;
    return parse_file(SourceFile{it->first, it->first + ".stretch", it->second});
  }

  mutable int finds = 0;
  mutable int names_asked = 0;

  /// Adds routine `name`.
  void add(const std::string& name, std::string text) { m_files[name] = std::move(text); }

  std::vector<std::string> names() const override
  {
    ++names_asked;
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

test::LoadResult load(std::string_view name, std::string text)
{
  return test::load_routine(SourceFile{std::string(name), std::string(name) + ".stretch", std::move(text)}, k_source);
}

} // namespace

TEST_SUITE_BEGIN("routine/loader");

TEST_CASE("Loader: close names are looked for only for the errors that are printed")
{
  std::string text = "title Many\nexercise E\nrest 5s\n";
  for (int i = 0; i < 3000; ++i) {
    text += fmt::format("include missing-{}\n", i);
  }
  const MapSource source({});
  const auto result = test::load_routine(SourceFile{"many", "many.stretch", text}, source);
  CHECK(source.names_asked <= static_cast<int>(k_max_reported));
  REQUIRE_FALSE(result.diagnostics.empty());
  CHECK(result.diagnostics.front().message == "cannot include `missing-0`: no routine has that name");
}

TEST_CASE("load_routine")
{
  SUBCASE("includes are expanded in place")
  {
    const auto result = load("top", "title Top\nalias t\nexercise First\nrest 5s\ninclude mix\nexercise Last\nrest 5s\n");
    REQUIRE(result.routine);
    CHECK(result.routine->about.name == "top");
    CHECK(result.routine->about.title == "Top");
    CHECK(result.routine->aliases == std::vector<std::string>{"t"});
    std::vector<std::string> names;
    for (const Exercise& exercise : result.routine->exercises) {
      names.emplace_back(exercise.name);
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
    const auto result = test::load_routine(k_source.find("self")->source, k_source);
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
  SUBCASE("an unknown include is reported with the file's other errors, in line order")
  {
    const auto result = load("top", "title Top\ninclude clf\nexercise E\nrest 5x\ninclude broken\n");
    CHECK(format_diagnostics(result.diagnostics)
          == "broken.stretch:2: error: exercise `X` has no steps; add one, like `contract 10s Press down`\n"
             "top.stretch:2:9: error: cannot include `clf`: no routine has that name; did you mean `calf`?\n"
             "top.stretch:4:6: error: invalid duration `5x`: expected a number of seconds or a time like 10s, 1m30s or 1:30\n"
             "top.stretch:5:9: error: included routine `broken` has errors\n");
  }
}

namespace {

// `levels` files, each including the next `fanout` times, the last with a typo; named
// "l0" (the top) to "l<levels-1>".
MapSource include_bomb(int levels, int fanout, bool typo)
{
  std::map<std::string, std::string> files;
  for (int level = 0; level < levels; ++level) {
    std::string text = "title L" + std::to_string(level) + "\n";
    if (level + 1 < levels) {
      for (int i = 0; i < fanout; ++i) {
        text += "include l" + std::to_string(level + 1) + "\n";
      }
    } else {
      text += typo ? "exercise E\nrelx 5s\n" : "exercise E\nrest 5s\n";
    }
    files["l" + std::to_string(level)] = text;
  }
  return MapSource(std::move(files));
}

} // namespace

TEST_CASE("Loader loads each file once and reports each error once")
{
  SUBCASE("seven levels, each including the next ten times, the last with a typo")
  {
    const MapSource source = include_bomb(7, 10, true);
    test::DiagnosticList list;
    Loader loader(source, list);
    CHECK_FALSE(loader.load(source.find("l0")));
    std::string lines = format_diagnostics(list.all);
    // The typo once; each including file once per include line.
    CHECK(lines.starts_with("l6.stretch:3:1: error: unknown directive `relx`; did you mean `relax`?\n"
                            "l5.stretch:2:9: error: included routine `l6` has errors\n"));
    CHECK(list.all.size() == 1 + 6 * 10);
    CHECK(source.finds == 1 + 6 * 10); // every include looked up once, never re-expanded
  }
  SUBCASE("a second load with the same loader reports nothing again")
  {
    const MapSource source = include_bomb(3, 2, true);
    test::DiagnosticList list;
    Loader loader(source, list);
    CHECK_FALSE(loader.load(source.find("l1")));
    const std::size_t first = list.all.size();
    CHECK_FALSE(loader.load(source.find("l0")));
    CHECK(list.all.size() == first + 2); // only l0's own two include lines
  }
  SUBCASE("the limit on exercises: at the including line, with the chain")
  {
    const MapSource source = include_bomb(12, 2, false);
    test::DiagnosticList list;
    Loader loader(source, list);
    CHECK_FALSE(loader.load(source.find("l0")));
    // l3 brings 256 exercises; l2 includes it twice: 512 is over the limit.
    CHECK(format_diagnostics(list.all)
          == "l2.stretch:3:9: error: routine has more than 500 exercises with this include: "
             "l0 -> l1 -> l2 -> l3 brings 256 to the 256 before it\n"
             "l1.stretch:2:9: error: included routine `l2` has errors\n"
             "l1.stretch:3:9: error: included routine `l2` has errors\n"
             "l0.stretch:2:9: error: included routine `l1` has errors\n"
             "l0.stretch:3:9: error: included routine `l1` has errors\n");
  }
  SUBCASE("thirty levels of two: a handful of errors, not millions")
  {
    const MapSource source = include_bomb(30, 2, false);
    test::DiagnosticList list;
    Loader loader(source, list);
    CHECK_FALSE(loader.load(source.find("l0")));
    // Said once, where the limit is crossed, with the chain from the file loaded.
    REQUIRE(list.all.size() == 1);
    CHECK(format_diagnostic(list.all.front())
          == "l15.stretch:2:9: error: includes are nested more than 16 deep: l0 -> l1 -> l2 -> l3 -> l4 -> l5 -> l6 -> "
             "l7 -> l8 -> l9 -> l10 -> l11 -> l12 -> l13 -> l14 -> l15 -> l16");
  }
  SUBCASE("a file too deep through one way in, and fine through another: never taken for broken")
  {
    // top -> a -> l0 ... and top -> l10 directly: l10 is fine when reached near the top.
    MapSource source = include_bomb(20, 1, false);
    source.add("shallow", "title S\ninclude l10\n");
    test::DiagnosticList first;
    Loader loader(source, first);
    CHECK_FALSE(loader.load(source.find("l0")));
    test::DiagnosticList second;
    Loader again(source, second);
    CHECK(again.load(source.find("shallow")));
    CHECK(second.all.empty());
    // One loader for both, as `check l0 shallow` would use.
    test::DiagnosticList both;
    Loader shared(source, both);
    CHECK_FALSE(shared.load(source.find("l0")));
    CHECK(shared.load(source.find("shallow")));
    CHECK(both.all.size() == 1);
  }
  SUBCASE("wide and too deep: each file made again at most once a depth")
  {
    const MapSource source = include_bomb(40, 10, false);
    test::DiagnosticList list;
    Loader loader(source, list);
    CHECK_FALSE(loader.load(source.find("l0")));
    CHECK(list.all.size() == 1);
  }
  SUBCASE("the errors reported are capped")
  {
    std::map<std::string, std::string> files{{"top", "title T\n"}};
    for (int i = 0; i < 300; ++i) {
      files["top"] += "include nothing" + std::to_string(i) + "\n";
    }
    const MapSource source(std::move(files));
    test::DiagnosticList list;
    Loader loader(source, list);
    CHECK_FALSE(loader.load(source.find("top")));
    CHECK(list.all.size() == k_max_reported + 1);
    CHECK(list.all.back().message == "more than 100 errors; the rest are left out");
    CHECK(loader.reported() == 300);
  }
  SUBCASE("a file of its own may have at most 500 exercises")
  {
    std::string text = "title Many\n";
    for (int i = 0; i < 600; ++i) {
      text += "exercise E" + std::to_string(i) + "\nrest 1s\n";
    }
    const auto result = load("many", text);
    CHECK_FALSE(result.routine);
    CHECK(format_diagnostics(result.diagnostics) == "many.stretch:1002: error: routine has more than 500 exercises\n");
  }
}

TEST_SUITE_END();
