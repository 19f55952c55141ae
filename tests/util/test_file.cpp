// SPDX-License-Identifier: MIT
#include "util/file.h"

#include "support/read_text.h"
#include "support/temp_dir.h"

#include <doctest/doctest.h>
#include <sys/stat.h>

using namespace stretch;

TEST_SUITE_BEGIN("util/file");

TEST_CASE("read_file")
{
  const test::TempDir dir;
  SUBCASE("a small file")
  {
    const auto path = dir.write("a.stretch", "title A\n");
    const auto text = util::read_file(path, 100);
    REQUIRE(text);
    CHECK(*text == "title A\n");
  }
  SUBCASE("a missing file")
  {
    const auto text = util::read_file(dir.path() / "missing", 100);
    REQUIRE_FALSE(text);
    CHECK(text.error() == "No such file or directory");
  }
  SUBCASE("over the limit")
  {
    const auto path = dir.write("big", std::string(2048, 'x'));
    const auto text = util::read_file(path, 1024);
    REQUIRE_FALSE(text);
    CHECK(text.error() == "file is too large; the limit is 1 KiB");
  }
  SUBCASE("a folder")
  {
    const auto text = util::read_file(dir.path(), 100);
    REQUIRE_FALSE(text);
    CHECK(text.error() == "is a folder, not a file");
  }
  SUBCASE("a FIFO is refused without blocking")
  {
    const auto fifo = dir.path() / "fifo";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    const auto text = util::read_file(fifo, 100);
    REQUIRE_FALSE(text);
    CHECK(text.error() == "not a regular file");
  }
}

TEST_CASE("write_file: whole or not at all, an existing file kept unless replaced")
{
  const test::TempDir dir;
  const auto path = dir.path() / "new/folder/a.stretch";
  const auto first = util::write_file(path, "one\n", false);
  REQUIRE(first);
  CHECK(*first);
  CHECK(test::read_text(path) == "one\n");
  const auto kept = util::write_file(path, "two\n", false);
  REQUIRE(kept);
  CHECK_FALSE(*kept);
  CHECK(test::read_text(path) == "one\n");
  const auto replaced = util::write_file(path, "three\n", true);
  REQUIRE(replaced);
  CHECK(*replaced);
  CHECK(test::read_text(path) == "three\n");
  CHECK(std::distance(std::filesystem::directory_iterator(path.parent_path()), {}) == 1); // no temporary left
  const auto blocked = util::write_file(dir.write("file", "") / "a.stretch", "x", false);
  REQUIRE_FALSE(blocked);
  CHECK(blocked.error().starts_with("cannot make the folder"));
}

TEST_CASE("format_size")
{
  CHECK(util::format_size(1024 * 1024) == "1 MiB");
  CHECK(util::format_size(2048) == "2 KiB");
  CHECK(util::format_size(1000) == "1000 bytes");
}

TEST_SUITE_END();
