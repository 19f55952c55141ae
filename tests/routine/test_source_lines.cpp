// SPDX-License-Identifier: MIT
#include "routine/source_lines.h"

#include <doctest/doctest.h>

using namespace stretch::routine;

TEST_SUITE_BEGIN("routine/source_lines");

TEST_CASE("split_source_lines")
{
  SUBCASE("LF, CRLF and a missing last line end")
  {
    const auto result = split_source_lines("a\r\nb\nc", "f");
    REQUIRE(result.lines.size() == 3);
    CHECK(result.lines[0].text == "a");
    CHECK(result.lines[1].text == "b");
    CHECK(result.lines[2].text == "c");
    CHECK(result.lines[2].number == 3);
    CHECK(result.diagnostics.empty());
  }
  SUBCASE("a byte order mark is dropped")
  {
    const auto result = split_source_lines("\xEF\xBB\xBFtitle A\n", "f");
    REQUIRE(result.lines.size() == 1);
    CHECK(result.lines[0].text == "title A");
  }
  SUBCASE("empty files")
  {
    for (const char* text : {"", "\n\n", "  \r\n\t", "\xEF\xBB\xBF"}) {
      const auto result = split_source_lines(text, "f");
      CHECK(result.fatal);
      REQUIRE(result.diagnostics.size() == 1);
      CHECK(format_diagnostic(result.diagnostics[0])
            == "f:1: error: file is empty; a routine needs a `title` line and an `exercise`");
    }
  }
  SUBCASE("NUL bytes")
  {
    const auto result = split_source_lines(std::string("title A\nab\0c\n", 12), "f");
    CHECK(result.fatal);
    CHECK(result.lines.empty());
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(format_diagnostic(result.diagnostics[0])
          == "f:2:3: error: NUL byte: this looks like a binary file, not a routine");
  }
  SUBCASE("too large")
  {
    const auto result = split_source_lines(std::string(k_max_file_size + 1, '#'), "f");
    CHECK(result.fatal);
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(format_diagnostic(result.diagnostics[0]) == "f: error: file is too large; the limit is 1 MiB");
  }
  SUBCASE("bad lines are reported and marked unreadable")
  {
    const std::string text = "ok\n" + std::string(1001, 'x') + "\nbad \xFF byte\nbell\x07\nok again\n";
    const auto result = split_source_lines(text, "f");
    CHECK_FALSE(result.fatal);
    REQUIRE(result.lines.size() == 5);
    CHECK(result.lines[0].readable);
    CHECK_FALSE(result.lines[1].readable);
    CHECK(result.lines[1].text.empty());
    CHECK_FALSE(result.lines[2].readable);
    CHECK_FALSE(result.lines[3].readable);
    CHECK(result.lines[4].readable);
    CHECK(result.lines[4].number == 5);
    CHECK(result.lines[4].text == "ok again");
    REQUIRE(result.diagnostics.size() == 3);
    CHECK(format_diagnostic(result.diagnostics[0]) == "f:2: error: line is too long (1001 bytes; the limit is 1000)");
    CHECK(format_diagnostic(result.diagnostics[1]) == "f:3:5: error: invalid UTF-8 byte 0xff; routine files are UTF-8 text");
    CHECK(format_diagnostic(result.diagnostics[2]) == "f:4:5: error: control character U+0007 is not allowed");
  }
  SUBCASE("tabs are fine")
  {
    const auto result = split_source_lines("\ttitle\tA\n", "f");
    CHECK(result.diagnostics.empty());
  }
}

TEST_CASE("split_source_lines finds a bad byte wherever it stands, eight bytes at a time or not")
{
  // Each bad byte or character at every place of a long line: the column says where.
  for (const std::string_view bad : {"\x01", "\x1b", "\x7f", "\x80", "\xff", "\xc2\x85", "\xe2\x80\xae"}) {
    for (std::size_t at = 0; at < 24; ++at) {
      std::string line(30, 'a');
      line.replace(at, 1, bad);
      CAPTURE(at);
      const auto result = split_source_lines("title T\n" + line + "\n", "f");
      REQUIRE(result.diagnostics.size() == 1);
      CHECK(result.diagnostics[0].line == 2);
      CHECK(result.diagnostics[0].column == at + 1);
    }
  }
  // Tabs, and the printable ASCII around them, pass.
  const auto tabs = split_source_lines("title T\n\tcontract\t10s\tPress ~ the ~ pedal.\t\n", "f");
  CHECK(tabs.diagnostics.empty());
  const auto wide = split_source_lines("title T\n  contract 10s Pr\xc3\xa9ss \xe2\x80\x94 the pedal \xf0\x9f\x91\x9f.\n", "f");
  CHECK(wide.diagnostics.empty());
}

TEST_SUITE_END();
