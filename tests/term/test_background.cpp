// SPDX-License-Identifier: MIT
#include "term/background.h"

#include <doctest/doctest.h>
#include <string>

using namespace stretch::term;

TEST_SUITE_BEGIN("term/background");

TEST_CASE("background_from_colorfgbg: the last field's color number")
{
  CHECK(background_from_colorfgbg("15;0") == Background::dark);
  CHECK(background_from_colorfgbg("0;15") == Background::light);
  CHECK(background_from_colorfgbg("0;default;15") == Background::light);
  CHECK(background_from_colorfgbg("0;7") == Background::light);
  CHECK(background_from_colorfgbg("15;8") == Background::dark);
  CHECK(background_from_colorfgbg("15") == Background::unknown);
  CHECK(background_from_colorfgbg("15;default") == Background::unknown);
  CHECK(background_from_colorfgbg("15;16") == Background::unknown);
  CHECK(background_from_colorfgbg("") == Background::unknown);
}

TEST_CASE("read_background_reply: light or dark from OSC 11, unknown after DA1 alone, nothing while partial")
{
  SUBCASE("a light background, ended by ST, with the DA1 reply after it")
  {
    const std::string bytes = "\x1b]11;rgb:ffff/ffff/dddd\x1b\\\x1b[?62;22c";
    const auto reply = read_background_reply(bytes);
    REQUIRE(reply);
    CHECK(reply->background == Background::light);
    CHECK(reply->begin == 0);
    CHECK(reply->end == bytes.size());
  }
  SUBCASE("a dark one with two digits a channel, ended by BEL, after a key typed")
  {
    const auto reply = read_background_reply("y\x1b]11;rgb:1e/1e/2e\a");
    REQUIRE(reply);
    CHECK(reply->background == Background::dark);
    CHECK(reply->begin == 1);
  }
  SUBCASE("rgba, as some terminals send it")
  {
    CHECK(read_background_reply("\x1b]11;rgba:0000/0000/0000/ffff\a")->background == Background::dark);
  }
  SUBCASE("no answer to OSC 11: DA1 alone says none is coming")
  {
    const auto reply = read_background_reply("\x1b[?1;2c");
    REQUIRE(reply);
    CHECK(reply->background == Background::unknown);
  }
  SUBCASE("not yet in full")
  {
    CHECK_FALSE(read_background_reply("\x1b]11;rgb:ffff/ff"));
    CHECK_FALSE(read_background_reply("\x1b[?62;2"));
    CHECK_FALSE(read_background_reply("abc"));
  }
  SUBCASE("a color that is none")
  {
    CHECK(read_background_reply("\x1b]11;rgb:zz/00/00\a")->background == Background::unknown);
    CHECK(read_background_reply("\x1b]11;rgb:00000/0/0\a")->background == Background::unknown);
    CHECK(read_background_reply("\x1b]11;cmyk:0/0/0/0\a")->background == Background::unknown);
  }
}

TEST_SUITE_END();
