// Decoding the bytes a terminal sends for key presses.
#pragma once

#include <string_view>
#include <vector>

namespace stretch::term {

/// A key press, as far as `stretch` cares.
struct Key
{
  enum class Kind { character, enter, escape, left, right, up, down, backspace, other };
  Kind kind = Kind::other;
  char32_t character = 0; // for `character`: the code point typed

  bool is(char c) const { return kind == Kind::character && character == static_cast<char32_t>(c); }
};

/// The keys in `bytes`, read from a terminal in raw mode. Escape sequences for the arrow
/// keys (CSI and SS3 forms) are recognised; other sequences are one `other` key each. An
/// ESC at the very end of `bytes` is the Escape key itself.
std::vector<Key> decode_keys(std::string_view bytes);

} // namespace stretch::term
