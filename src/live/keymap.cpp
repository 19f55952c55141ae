// SPDX-License-Identifier: MIT
// The keys of a session, in one table.
#include "live/keymap.h"

#include "i18n/format.h"
#include "render/glyphs.h"
#include "term/answer_keys.h"
#include "util/utf8.h"
#include "util/wrap.h"

#include <algorithm>
#include <array>
#include <fmt/format.h>
#include <vector>

namespace stretch::live {
namespace {

using term::Key;

constexpr unsigned k_all = 63;
constexpr auto k_timed = static_cast<unsigned>(Screen::timed);
constexpr auto k_paused = static_cast<unsigned>(Screen::paused);
constexpr auto k_manual = static_cast<unsigned>(Screen::manual);
constexpr auto k_question = static_cast<unsigned>(Screen::question);
constexpr auto k_answered = static_cast<unsigned>(Screen::answered);
constexpr auto k_stopping = static_cast<unsigned>(Screen::stopping);
constexpr unsigned k_moving = k_timed | k_paused | k_manual | k_question; // where a step can be skipped

// One key, on the screens of `screens`, doing `action`.
struct Binding
{
  unsigned screens;
  Key::Kind kind;
  char32_t character; // for Kind::character
  std::string_view name;
  std::string_view ascii_name;
  Action action;
};

// `y` and `n` answer and do nothing else: a key mashed to move on must never become an
// answer, so no key that moves on is also an answer.
constexpr Binding k_bindings[] = {
  {k_manual | k_answered, Key::Kind::enter, 0, "Enter", "Enter", Action::done},
  {k_manual, Key::Kind::character, ' ', "space", "space", Action::done},
  {k_question | k_answered, Key::Kind::character, 'y', "y", "y", Action::yes},
  {k_question | k_answered, Key::Kind::character, 'n', "n", "n", Action::no},
  {k_answered, Key::Kind::backspace, 0, "Backspace", "Backspace", Action::take_back},
  {k_timed | k_paused | k_stopping, Key::Kind::character, ' ', "space", "space", Action::pause},
  {k_timed | k_paused | k_stopping, Key::Kind::character, 'p', "p", "p", Action::pause},
  {k_paused | k_stopping, Key::Kind::character, 'r', "r", "r", Action::pause},
  {k_moving, Key::Kind::character, 's', "s", "s", Action::next},
  {k_moving, Key::Kind::tab, 0, "Tab", "Tab", Action::next},
  {k_moving, Key::Kind::right, 0, "→", "right", Action::next},
  {k_timed | k_paused, Key::Kind::character, 'b', "b", "b", Action::again},
  {k_timed | k_paused, Key::Kind::left, 0, "←", "left", Action::again},
  {k_all, Key::Kind::character, 'q', "q", "q", Action::quit},
  {k_all, Key::Kind::escape, 0, "Esc", "Esc", Action::quit},
  {k_all, Key::Kind::character, '?', "?", "?", Action::keys},
};

// How each action is named in the `?` help and described in `--help`, in the order they
// are listed.
struct ActionText
{
  Action action;
  std::string_view word;
  std::string_view description;
};

constexpr std::array<ActionText, 9> k_actions{{
  {Action::done, N_("done"), N_("done, on a manual step (\"loosen your laces\"); after an answer, it counts at once")},
  {Action::yes, N_("yes"), N_("answer yes, once the question has shown for 1 s and no key came for 1 s")},
  {Action::no, N_("no"), N_("answer no, the same way; an answer counts after 2 s, and y or n changes it")},
  {Action::take_back, N_("take back"), N_("take an answer back before it counts")},
  {Action::pause, N_("pause"), N_("pause and resume; after q, go on")},
  {Action::next, N_("next"), N_("next step; on a question, skip it unanswered")},
  {Action::again, N_("again"), N_("start the step again")},
  {Action::quit, N_("quit"), N_("stop: pauses, and stops 5 s later unless resumed; pressed again, at once")},
  {Action::keys, N_("keys"), N_("show the keys of the screen")},
}};

// The language's own letters for `action` (yes or no) besides y and n: `j` in German.
std::u32string_view language_letters(Action action)
{
  if (action != Action::yes && action != Action::no) {
    return {};
  }
  const term::AnswerKeys& keys = term::answer_keys();
  const std::u32string_view letters = action == Action::yes ? keys.yes : keys.no;
  return letters.substr(0, letters.size() - 1); // y or n last
}

bool matches(const Binding& binding, const Key& key)
{
  return key.kind == binding.kind && (key.kind != Key::Kind::character || term::lower_letter(key.character) == binding.character);
}

// The names of the keys that do `action` on the screens of `screens`, joined by `separator`.
std::string key_names(Action action, unsigned screens, bool unicode, std::string_view separator)
{
  std::vector<std::string> names;
  if ((screens & (k_question | k_answered)) != 0) {
    for (const char32_t letter : language_letters(action)) {
      if (unicode || letter < 0x80) {
        names.push_back(util::encode_utf8(letter));
      }
    }
  }
  for (const Binding& binding : k_bindings) {
    // The space bar is named in the user's language; the other keys as their caps say.
    const std::string_view name = binding.kind == Key::Kind::character && binding.character == ' '
                                    ? std::string_view(i18n::tr(N_("space")))
                                  : unicode ? binding.name
                                            : binding.ascii_name;
    if (binding.action == action && (binding.screens & screens) != 0
        && std::find(names.begin(), names.end(), name) == names.end()) {
      names.emplace_back(name);
    }
  }
  return fmt::format("{}", fmt::join(names, separator));

}

std::string_view word_on(const ActionText& text, Screen screen)
{
  if (text.action == Action::pause && screen == Screen::paused) {
    return i18n::tr("resume");
  }
  if (text.action == Action::pause && screen == Screen::stopping) {
    return i18n::tr("go on");
  }
  if (text.action == Action::quit && screen == Screen::stopping) {
    return i18n::tr("stop now");
  }
  if (text.action == Action::next && screen == Screen::question) {
    return i18n::tr("skip");
  }
  if (text.action == Action::done && screen == Screen::answered) {
    return i18n::tr("ok");
  }
  return i18n::tr(text.word.data());
}

} // namespace

Screen screen_of(const session::Session& session)
{
  if (session.stops_at()) {
    return Screen::stopping;
  }
  if (session.waiting()) {
    if (session.step().kind != routine::StepKind::question) {
      return Screen::manual;
    }
    return session.proposed() ? Screen::answered : Screen::question;
  }
  return session.paused() ? Screen::paused : Screen::timed;
}

std::optional<Action> action_for(const Key& key, Screen screen)
{
  for (const Binding& binding : k_bindings) {
    if ((binding.screens & static_cast<unsigned>(screen)) != 0 && matches(binding, key)) {
      return binding.action;
    }
  }
  if ((static_cast<unsigned>(screen) & (k_question | k_answered)) != 0 && key.kind == Key::Kind::character) {
    for (const Action action : {Action::yes, Action::no}) {
      if (language_letters(action).find(term::lower_letter(key.character)) != std::u32string_view::npos) {
        return action;
      }
    }
  }
  return std::nullopt;
}

std::string key_help(Screen screen, bool unicode)
{
  std::vector<std::string> items;
  for (const ActionText& text : k_actions) {
    if (text.action == Action::keys) {
      continue; // `?` is how this help was shown
    }
    const std::string keys = key_names(text.action, static_cast<unsigned>(screen), unicode, "/");
    if (!keys.empty()) {
      items.push_back(fmt::format("{} {}", keys, word_on(text, screen)));
    }
  }
  return fmt::format("{}", fmt::join(items, render::Glyphs::of(unicode).separator));
}

std::string prompt(Screen screen, bool unicode)
{
  const std::string_view separator = render::Glyphs::of(unicode).separator;
  const auto first_key = [&](Action action) {
    const std::string names = key_names(action, static_cast<unsigned>(screen), unicode, "\n");
    return names.substr(0, names.find('\n'));
  };
  if (screen == Screen::manual) {
    return i18n::trf("{key} when done", fmt::arg("key", first_key(Action::done)));
  }
  if (screen == Screen::question) {
    return i18n::trf("{yes_key} yes", fmt::arg("yes_key", first_key(Action::yes))) + std::string(separator)
           + i18n::trf("{no_key} no", fmt::arg("no_key", first_key(Action::no)));
  }
  if (screen == Screen::answered) {
    return i18n::trf("{key} ok", fmt::arg("key", first_key(Action::done))) + std::string(separator)
           + i18n::trf("{key} take back", fmt::arg("key", first_key(Action::take_back)));
  }
  if (screen == Screen::stopping) {
    // r: for resume
    return i18n::trf("{key} go on", fmt::arg("key", "r")) + std::string(separator)
           + i18n::trf("{key} stop now", fmt::arg("key", first_key(Action::quit)));
  }
  return {};
}

std::string keys_for_help(std::size_t width)
{
  // Two columns, the descriptions wrapped so that no line passes `width`.
  std::vector<std::string> keys;
  std::size_t widest = 0;
  for (const ActionText& text : k_actions) {
    keys.push_back(key_names(text.action, k_all, true, ", "));
    widest = std::max(widest, util::display_width(keys.back()));
  }
  const std::size_t indent = 2 + widest + 2;
  const std::size_t room = width > indent + 20 ? width - indent : 20;
  std::string out = std::string(i18n::tr("Keys while running:")) + '\n';
  for (std::size_t i = 0; i < keys.size(); ++i) {
    const auto lines = util::wrap_to_width(i18n::tr(k_actions[i].description.data()), room, 6);
    for (std::size_t line = 0; line < lines.size(); ++line) {
      const std::string key = line == 0 ? keys[i] : std::string();
      out += fmt::format("  {}{}{}\n", key, std::string(widest + 2 - util::display_width(key), ' '), lines[line]);
    }
  }
  return out;
}

} // namespace stretch::live
