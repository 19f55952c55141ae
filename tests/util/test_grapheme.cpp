// SPDX-License-Identifier: MIT
#include "util/grapheme.h"

#include "util/locale.h"
#include "util/terminal_text.h"
#include "util/utf8.h"

#include <doctest/doctest.h>

using namespace stretch;

TEST_SUITE_BEGIN("util/grapheme");

TEST_CASE("is_pictographic and is_default_ignorable")
{
  CHECK(util::is_pictographic(U'👍'));
  CHECK(util::is_pictographic(U'❤'));
  CHECK_FALSE(util::is_pictographic(U'a'));
  CHECK_FALSE(util::is_pictographic(U'界'));
  for (const char32_t cp : {U'\u200B', U'\u200D', U'\u2060', U'\uFE0F', U'\U000E0041', U'\u00AD', U'\u115F'}) {
    CAPTURE(static_cast<unsigned>(cp));
    CHECK(util::is_default_ignorable(cp));
  }
  CHECK_FALSE(util::is_default_ignorable(U'a'));
  CHECK_FALSE(util::is_default_ignorable(U'\u00A0'));
}

TEST_CASE("display_width by grapheme cluster: one emoji, two columns, however it is made")
{
  util::adopt_user_locale(); // wcwidth in a UTF-8 locale
  CHECK(util::display_width("👍") == 2);
  CHECK(util::display_width("👍🏽") == 2);          // a skin tone
  CHECK(util::display_width("👨‍👩‍👧") == 2);          // a family, joined
  CHECK(util::display_width("❤️") == 2);            // emoji presentation
  CHECK(util::display_width("🇩🇪🇫🇷") == 4);         // two flags
  CHECK(util::display_width("ok 👍🏽 done") == 10);
  CHECK(util::display_width("e\u0301") == 1);       // a combining accent
  CHECK(util::truncate_to_width("👍🏽👍🏽👍🏽", 5) == "👍🏽👍🏽…"); // never cut inside a cluster
}

TEST_CASE("terminal_safe drops zero-width and tag characters")
{
  CHECK(util::terminal_safe("Pr\u200Bess\u2060 the\U000E0041 pedal\u00AD") == "Press the pedal");
  CHECK(util::terminal_safe("👨‍👩‍👧") == "👨👩👧"); // the joiner goes: three emoji, as wide as they show
}

TEST_SUITE_END();
