#include "run/keymap.h"

#include <doctest/doctest.h>

using namespace stretch;
using namespace stretch::run;
using term::Key;

namespace {

Key ch(char c) { return Key{Key::Kind::character, static_cast<char32_t>(c)}; }
Key special(Key::Kind kind) { return Key{kind, 0}; }

} // namespace

TEST_SUITE_BEGIN("run/keymap");

TEST_CASE("action_for: what a key does depends on the screen")
{
  SUBCASE("n: next on a timed, paused or manual step; no on a question")
  {
    CHECK(action_for(ch('n'), Screen::timed) == Action::next);
    CHECK(action_for(ch('N'), Screen::paused) == Action::next);
    CHECK(action_for(ch('n'), Screen::manual) == Action::next);
    CHECK(action_for(ch('n'), Screen::question) == Action::no);
  }
  SUBCASE("only the right arrow skips a question")
  {
    CHECK(action_for(special(Key::Kind::right), Screen::question) == Action::next);
    CHECK(action_for(special(Key::Kind::right), Screen::timed) == Action::next);
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
  CHECK(key_help(Screen::timed, true) == "space/p pause · n/→ next · b/← again · q/Esc quit");
  CHECK(key_help(Screen::paused, true) == "space/p resume · n/→ next · b/← again · q/Esc quit");
  CHECK(key_help(Screen::manual, true) == "Enter/space done · n/→ next · q/Esc quit");
  CHECK(key_help(Screen::question, true) == "y yes · n no · → skip · q/Esc quit");
  CHECK(key_help(Screen::question, false) == "y yes - n no - right skip - q/Esc quit");
}

TEST_CASE("prompt")
{
  CHECK(prompt(Screen::manual, true) == "Enter when done");
  CHECK(prompt(Screen::question, true) == "y yes · n no");
  CHECK(prompt(Screen::question, false) == "y yes - n no");
  CHECK(prompt(Screen::timed, true).empty());
}

TEST_CASE("keys_for_help: every key, for --help")
{
  const std::string help = keys_for_help();
  CHECK(help.find("Keys while running:\n") == 0);
  CHECK(help.find("  space, p      pause and resume\n") != std::string::npos);
  CHECK(help.find("  n, →          next step; on a question") != std::string::npos);
  CHECK(help.find("  y             answer yes to a question\n") != std::string::npos);
  CHECK(help.find("  Enter, space  done, on a manual step") != std::string::npos);
}

TEST_SUITE_END();
