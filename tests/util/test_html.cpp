// SPDX-License-Identifier: MIT
#include "util/html.h"

#include <doctest/doctest.h>

using namespace stretch;

TEST_SUITE_BEGIN("util/html");

TEST_CASE("html_text: markup stays text, control bytes and broken UTF-8 are shown, not passed")
{
  CHECK(util::html_text("Calf & toe") == "Calf &amp; toe");
  CHECK(util::html_text("<script>alert('x')</script>") == "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
  CHECK(util::html_text("say \"hi\"") == "say &quot;hi&quot;");
  CHECK(util::html_text("Wade\x1b]0;owned\x07") == "Wade^[]0;owned^G");
  CHECK(util::html_text("bad \xff byte") == "bad ? byte");
  CHECK(util::html_text("Mollet · é") == "Mollet · é");
}

TEST_CASE("markup_text: only what would make tags, quotes kept")
{
  CHECK(util::markup_text("<a href=\"x\">&'</a>") == "&lt;a href=\"x\"&gt;&amp;'&lt;/a&gt;");
}

TEST_SUITE_END();
