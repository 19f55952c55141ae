// SPDX-License-Identifier: MIT
// The corpus of malformed routines in tests/malformed: each NAME.stretch must make
// `stretch check` print exactly NAME.err and exit 1. Routines they include live in
// tests/malformed/config/stretch/routines, named @ROUTINES@ in the .err files.
#include "e2e/cli_fixture.h"
#include "support/read_text.h"

#include <algorithm>
#include <doctest/doctest.h>

using namespace stretch::test;

TEST_SUITE_BEGIN("e2e/malformed");

TEST_CASE("malformed routines give their exact errors")
{
  const auto corpus = source_dir() / "tests/malformed";
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(corpus)) {
    if (entry.path().extension() == ".stretch") {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  CHECK(files.size() >= 30);
  CliFixture f;
  const std::string routines = (corpus / "config/stretch/routines").string();
  f.env["XDG_CONFIG_HOME"] = (corpus / "config").string();
  for (const auto& file : files) {
    const std::string name = file.filename().string();
    SUBCASE(name.c_str())
    {
      const auto expected = file.parent_path() / (file.stem().string() + ".err");
      REQUIRE_MESSAGE(std::filesystem::exists(expected), "missing " << expected.string());
      const auto r = f.run({"check", name}, corpus);
      CHECK(r.status == 1);
      CHECK(r.out.empty());
      std::string want = read_text(expected);
      for (auto at = want.find("@ROUTINES@"); at != std::string::npos; at = want.find("@ROUTINES@")) {
        want.replace(at, 10, routines);
      }
      CHECK(r.err == want);
    }
  }
}

TEST_SUITE_END();
