// SPDX-License-Identifier: MIT
#include "live/keymap.h"

#include "util/utf8.h"

#include "support/language.h"

#include <doctest/doctest.h>
#include <sstream>

using namespace stretch;
using namespace stretch::live;
using term::Key;

namespace {

Key ch(char c) { return Key{Key::Kind::character, static_cast<char32_t>(c)}; }
Key special(Key::Kind kind) { return Key{kind, 0}; }

} // namespace

TEST_SUITE_BEGIN("live/keymap");

TEST_CASE("action_for: what a key does depends on the screen")
{
  SUBCASE("n and y only ever answer: no key is both an answer and a way to move on")
  {
    for (const Screen screen : {Screen::timed, Screen::paused, Screen::manual}) {
      CHECK_FALSE(action_for(ch('n'), screen));
      CHECK_FALSE(action_for(ch('y'), screen));
    }
    CHECK(action_for(ch('n'), Screen::question) == Action::no);
    CHECK(action_for(ch('N'), Screen::question) == Action::no);
    for (const Screen screen : {Screen::question, Screen::answered}) {
      for (const Key& key : {ch('y'), ch('n')}) {
        const auto action = action_for(key, screen);
        CHECK((action == Action::yes || action == Action::no));
      }
    }
  }
  SUBCASE("s, Tab and the right arrow skip, a question too")
  {
    for (const Screen screen : {Screen::timed, Screen::paused, Screen::manual, Screen::question}) {
      CHECK(action_for(ch('s'), screen) == Action::next);
      CHECK(action_for(special(Key::Kind::tab), screen) == Action::next);
      CHECK(action_for(special(Key::Kind::right), screen) == Action::next);
    }
  }
  SUBCASE("an answer shown: y or n changes it, Enter makes it count, Backspace takes it back, nothing skips")
  {
    CHECK(action_for(ch('y'), Screen::answered) == Action::yes);
    CHECK(action_for(special(Key::Kind::enter), Screen::answered) == Action::done);
    CHECK(action_for(special(Key::Kind::backspace), Screen::answered) == Action::take_back);
    CHECK_FALSE(action_for(special(Key::Kind::right), Screen::answered));
    CHECK_FALSE(action_for(ch(' '), Screen::answered));
  }
  SUBCASE("space pauses a timed step and is done on a manual one")
  {
    CHECK(action_for(ch(' '), Screen::timed) == Action::pause);
    CHECK(action_for(ch(' '), Screen::paused) == Action::pause);
    CHECK(action_for(ch(' '), Screen::manual) == Action::done);
    CHECK_FALSE(action_for(ch(' '), Screen::question));
  }
  SUBCASE("y answers only a question")
  {
    CHECK(action_for(ch('y'), Screen::question) == Action::yes);
    CHECK(action_for(ch('Y'), Screen::question) == Action::yes);
    CHECK_FALSE(action_for(ch('y'), Screen::timed));
  }
  SUBCASE("q, Esc and ? work everywhere; other keys nowhere")
  {
    for (const Screen screen : {Screen::timed, Screen::paused, Screen::manual, Screen::question}) {
      CHECK(action_for(ch('q'), screen) == Action::quit);
      CHECK(action_for(special(Key::Kind::escape), screen) == Action::quit);
      CHECK(action_for(ch('?'), screen) == Action::keys);
      CHECK_FALSE(action_for(ch('x'), screen));
      CHECK_FALSE(action_for(special(Key::Kind::up), screen));
    }
  }
  SUBCASE("Enter is done on a manual step only")
  {
    CHECK(action_for(special(Key::Kind::enter), Screen::manual) == Action::done);
    CHECK_FALSE(action_for(special(Key::Kind::enter), Screen::timed));
  }
}

TEST_CASE("key_help lists exactly the keys in force on the screen")
{
  CHECK(key_help(Screen::timed, true) == "space/p pause · s/Tab/→ next · b/← again · q/Esc quit");
  CHECK(key_help(Screen::paused, true) == "space/p/r resume · s/Tab/→ next · b/← again · q/Esc quit");
  CHECK(key_help(Screen::stopping, true) == "space/p/r go on · q/Esc stop now");
  CHECK(key_help(Screen::manual, true) == "Enter/space done · s/Tab/→ next · q/Esc quit");
  CHECK(key_help(Screen::question, true) == "y yes · n no · s/Tab/→ skip · q/Esc quit");
  CHECK(key_help(Screen::question, false) == "y yes - n no - s/Tab/right skip - q/Esc quit");
  CHECK(key_help(Screen::answered, true) == "Enter ok · y yes · n no · Backspace take back · q/Esc quit");
}

TEST_CASE("prompt")
{
  CHECK(prompt(Screen::manual, true) == "Enter when done");
  CHECK(prompt(Screen::question, true) == "y yes · n no");
  CHECK(prompt(Screen::question, false) == "y yes - n no");
  CHECK(prompt(Screen::answered, true) == "Enter ok · Backspace take back");
  CHECK(prompt(Screen::stopping, true) == "r go on · q stop now");
  CHECK(prompt(Screen::timed, true).empty());
}

TEST_CASE("keys_for_help: every key, for --help")
{
  const std::string help = keys_for_help();
  CHECK(help.find("Keys while running:\n") == 0);
  CHECK(help.find("  space, p, r   pause and resume; after q, go on\n") != std::string::npos);
  CHECK(help.find("  s, Tab, →     next step; on a question, skip it unanswered\n") != std::string::npos);
  CHECK(help.find("  y             answer yes, once the question has shown for 1 s and no key came\n"
                  "                for 1 s\n") != std::string::npos);
  CHECK(help.find("  Enter, space  done, on a manual step") != std::string::npos);
  CHECK(help.find("  Backspace     take an answer back before it counts\n") != std::string::npos);
  CHECK(help.find("  q, Esc        stop: pauses, and stops 5 s later unless resumed; pressed again,\n"
                  "                at once\n") != std::string::npos);
  std::istringstream lines(help);
  for (std::string line; std::getline(lines, line);) {
    CHECK(util::display_width(line) <= 80);
  }
}

TEST_CASE("action_for and prompt: the language's own answer keys")
{
  const auto ch = [](char32_t c) { return term::Key{term::Key::Kind::character, c}; };
  SUBCASE("English: no j")
  {
    CHECK_FALSE(action_for(ch('j'), Screen::question));
  }
  SUBCASE("German: j answers yes, in either case, on the question screens only; y still does")
  {
    const test::InLanguage german("de");
    CHECK(action_for(ch('j'), Screen::question) == Action::yes);
    CHECK(action_for(ch('J'), Screen::answered) == Action::yes);
    CHECK(action_for(ch('y'), Screen::question) == Action::yes);
    CHECK(action_for(ch('n'), Screen::question) == Action::no);
    CHECK_FALSE(action_for(ch('j'), Screen::timed));
    CHECK_FALSE(action_for(ch('j'), Screen::manual));
    CHECK(prompt(Screen::question, true) == "j ja · n nein");
    CHECK(key_help(Screen::question, false).find("j/y ja") != std::string::npos);
  }
  SUBCASE("French: o answers yes")
  {
    const test::InLanguage french("fr");
    CHECK(action_for(ch('o'), Screen::question) == Action::yes);
    CHECK(prompt(Screen::question, false) == "o oui - n non");
  }
}

TEST_SUITE_END();
