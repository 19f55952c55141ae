// SPDX-License-Identifier: MIT
#include "util/strings.h"

#include <doctest/doctest.h>

using namespace stretch::util;

TEST_SUITE_BEGIN("util/strings");

TEST_CASE("trim")
{
  CHECK(trim("  a b \t") == "a b");
  CHECK(trim("") == "");
  CHECK(trim(" \t ") == "");
}

TEST_CASE("split_first_word")
{
  SUBCASE("keyword and rest")
  {
    const auto [word, rest] = split_first_word("  contract\t 10s  Press  ");
    CHECK(word == "contract");
    CHECK(rest == "10s  Press");
  }
  SUBCASE("no rest")
  {
    const auto [word, rest] = split_first_word("reps");
    CHECK(word == "reps");
    CHECK(rest.empty());
  }
}

TEST_CASE("split_words")
{
  CHECK(split_words("left  right") == std::vector<std::string_view>{"left", "right"});
  CHECK(split_words("left,right", true) == std::vector<std::string_view>{"left", "right"});
  CHECK(split_words("left, right", false) == std::vector<std::string_view>{"left,", "right"});
  CHECK(split_words("").empty());
}

TEST_CASE("split_list")
{
  CHECK(split_list("/usr/bin::/bin:", ':') == std::vector<std::string_view>{"/usr/bin", "/bin"});
  CHECK(split_list("", ':').empty());
  CHECK(split_list(":", ':').empty());
  CHECK(split_list("one", ':') == std::vector<std::string_view>{"one"});
}

TEST_CASE("to_lower and iequals")
{
  CHECK(to_lower("Title ÄB") == "title Äb");
  CHECK(iequals("EXERCISE", "exercise"));
  CHECK_FALSE(iequals("exercise", "exercises"));
}

TEST_CASE("join")
{
  CHECK(join({"a", "b", "c"}, ", ") == "a, b, c");
  CHECK(join({}, ", ").empty());
}

TEST_CASE("or_list")
{
  CHECK(or_list({"a", "b", "c"}) == "a, b or c");
  CHECK(or_list({"a", "b"}) == "a or b");
  CHECK(or_list({"a"}) == "a");
  CHECK(or_list({}).empty());
}

TEST_CASE("parse_count")
{
  CHECK(parse_count("3", 100) == 3);
  CHECK(parse_count("0", 100) == 0);
  CHECK(parse_count("101", 100) == 101);
  CHECK(parse_count("99999999999999999999999", 100) == 101);
  CHECK_FALSE(parse_count("", 100));
  CHECK_FALSE(parse_count("-1", 100));
  CHECK_FALSE(parse_count("3x", 100));
  CHECK_FALSE(parse_count("three", 100));
  CHECK(parse_count("010", 100) == 10);
  CHECK_FALSE(parse_count("0x10", 100));
}

TEST_CASE("format_decimal writes a number as a person would")
{
  CHECK(format_decimal(0.5) == "0.5");
  CHECK(format_decimal(2) == "2");
  CHECK(format_decimal(10.0) == "10");
  CHECK(format_decimal(0.0000001) == "0.0000001");
  CHECK(format_decimal(0.1 + 0.2) == "0.3");
}

TEST_CASE("parse_decimal")
{
  CHECK(parse_decimal("0.5") == 0.5);
  CHECK(parse_decimal("2") == 2.0);
  CHECK(parse_decimal(".25") == 0.25);
  CHECK(parse_decimal("010") == 10.0);
  CHECK(parse_decimal("1.") == 1.0);
  for (const char* bad : {"", ".", "-1", "+1", "1e-308", "0x1p3", "1.2.3", " 1", "inf", "nan"}) {
    CAPTURE(bad);
    CHECK_FALSE(parse_decimal(bad));
  }
}

TEST_SUITE_END();
