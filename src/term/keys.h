// SPDX-License-Identifier: MIT
// Decoding the bytes a terminal sends for key presses.
#pragma once

#include <string_view>
#include <vector>

namespace stretch::term {

/// A key press, as far as `stretch` cares.
struct Key
{
  enum class Kind { character, enter, tab, escape, left, right, up, down, backspace, other };
  Kind kind = Kind::other;
  char32_t character = 0; // for `character`: the code point typed

  bool is(char c) const { return kind == Kind::character && character == static_cast<char32_t>(c); }
};

/// The keys in `bytes`, read from a terminal in raw mode. Escape sequences for the arrow
/// keys (CSI and SS3 forms) are recognised; other sequences, and the strings a terminal
/// sends in reply to a query (OSC, DCS, APC, PM and SOS, up to BEL or ST), are one `other`
/// key each, so that no byte of them is taken for a key. An ESC at the very end of `bytes`
/// is the Escape key itself.
std::vector<Key> decode_keys(std::string_view bytes);

/// True when `bytes` ends inside an escape sequence or a terminal's reply string that
/// more bytes would complete: read on before decoding.
bool ends_mid_sequence(std::string_view bytes);

} // namespace stretch::term
