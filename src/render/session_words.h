// SPDX-License-Identifier: MIT
// What a running session says in words besides the routine's own text: the plain log's
// words for its events, the hints of the answer keys, the notices of devices that fail,
// and the notifications. The session decides when; this says how.
#pragma once

#include "session/session.h"
#include "util/children.h"

#include <optional>
#include <string>
#include <string_view>

namespace stretch::render {

/// The plain log's words for `event` ("paused", "skipped", "answer yes, counts in 2 s: ..."),
/// or nullopt for the events it has lines of its own for (or none).
std::optional<std::string> plain_event_words(const session::Event& event);

/// What the status area says of a key that did not answer, for the key `yes` (y) or not (n).
std::string hint_text(session::Hint hint, bool yes);

/// The notice of an answer that counted: "Yes: Good. Walk a minute..."
std::string answer_notice(bool yes, std::string_view advice);

/// The devices of a session, for the words of their problems.
enum class DeviceRole { player, voice, vibrator, wake_lock, notifier };

/// The one line that tells `problem` of a device in `role`: "aplay failed twice (exit
/// status 1): ringing the terminal bell instead". For a player given up, `bell` says
/// whether the bell takes over.
std::string device_notice(const util::ProgramProblem& problem, DeviceRole role, bool bell);

/// The notification body when a question waits.
std::string question_notification(std::string_view question);

/// The notification body at the end: "Done: 6 of 6 holds." or "Ended by your answer."
std::string end_notification(const session::Summary& summary);

/// What the phase line says while a stop waits: "STOPPING".
std::string_view stopping_word();

/// The key that answers yes (`yes`) or no, as prompts show it: the language's own letter
/// (`j` in German), else `y` or `n`.
std::string answer_key(bool yes);


/// What the phase line says while a lead-in waits for the voice.
std::string_view waiting_for_voice();

} // namespace stretch::render
