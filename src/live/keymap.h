// SPDX-License-Identifier: MIT
// The keys of a session, in one table: what each does on each screen, the `?` help of each
// screen, and the key list of `--help`, so that the three can never disagree.
#pragma once

#include "session/session.h"
#include "term/keys.h"

#include <optional>
#include <string>

namespace stretch::live {

/// What a key asks of the session.
enum class Action { pause, next, again, quit, keys, done, yes, no, take_back };

/// The screens on which keys mean different things.
enum class Screen : unsigned {
  timed = 1,    // a step running on its timer
  paused = 2,   // the same, paused
  manual = 4,   // a manual step waiting for Enter
  question = 8, // a question waiting for its answer
  answered = 16, // an answer shown, counting down to when it counts: it can still change
  stopping = 32, // `q` was pressed: the session stops in a few seconds unless resumed
};

/// The screen `session` shows now.
Screen screen_of(const session::Session& session);

/// What `key` asks for on `screen` (letters in either case), or nullopt. No key is both an
/// answer and anything else: `y` and `n` only answer, `s`, Tab and the right arrow skip.
std::optional<Action> action_for(const term::Key& key, Screen screen);

/// The keys in force on `screen`, for the `?` help: "space/p pause · n/→ next · ...";
/// `←` and `→` are spelled out without `unicode`.
std::string key_help(Screen screen, bool unicode);

/// What a waiting `screen` asks for: "Enter when done", "y yes · n no", "Enter ok ·
/// Backspace take back"; "" on the others.
std::string prompt(Screen screen, bool unicode);

/// Every key with what it does, one line each, for `--help`, wrapped to `width`.
std::string keys_for_help(std::size_t width = 80);

} // namespace stretch::live
