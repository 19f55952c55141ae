// SPDX-License-Identifier: MIT
// Whether the terminal's background is light or dark: from `COLORFGBG`, or from the
// terminal's own answer to the question (OSC 11).
#pragma once

#include <optional>
#include <string_view>

namespace stretch::term {

/// What a terminal's background is, as far as can be told.
enum class Background { unknown, dark, light };

/// The background named by a `COLORFGBG` value (`15;0`, `0;default;15`): its last field is
/// the background's color number, light for 7 and 9 to 15, dark for 0 to 6 and 8.
Background background_from_colorfgbg(std::string_view value);

/// Asks the terminal for its background color (OSC 11), then for its attributes (DA1),
/// which every terminal answers: an answer to the second without one to the first means
/// no answer is coming, and the wait can end at once.
inline constexpr std::string_view k_background_query = "\x1b]11;?\x1b\\\x1b[c";

/// The answer found in what a terminal sent, and where it lies among the keys typed.
struct BackgroundReply
{
  Background background = Background::unknown;
  std::size_t begin = 0; // the replies' bytes are [begin, end)
  std::size_t end = 0;
};

/// What the bytes a terminal sent after `k_background_query` say: `light` or `dark` from an
/// `ESC ] 11 ; rgb:RRRR/GGGG/BBBB` reply (1 to 4 hex digits a channel, ended by BEL or ST,
/// with the DA1 reply after it when it came), `unknown` once the DA1 reply (`ESC [ ? ... c`)
/// came without it; nullopt while neither has come in full. Bytes outside the replies are
/// keys the user typed meanwhile.
std::optional<BackgroundReply> read_background_reply(std::string_view bytes);

} // namespace stretch::term
