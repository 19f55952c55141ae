// SPDX-License-Identifier: MIT
// Decoding the bytes a terminal sends for key presses.
#include "term/keys.h"

#include "util/utf8.h"

namespace stretch::term {
namespace {

Key key(Key::Kind kind) { return Key{kind, 0}; }

Key arrow(char final)
{
  switch (final) {
  case 'A':
    return key(Key::Kind::up);
  case 'B':
    return key(Key::Kind::down);
  case 'C':
    return key(Key::Kind::right);
  case 'D':
    return key(Key::Kind::left);
  default:
    return key(Key::Kind::other);
  }
}

// True for the byte after ESC that opens a string: OSC `]`, DCS `P`, APC `_`, PM `^`, SOS `X`.
bool opens_string(char c)
{
  return c == ']' || c == 'P' || c == '_' || c == '^' || c == 'X';
}

// Where the string that starts at `from` (just after its opening) ends: after its BEL or
// ST (ESC \); npos when it has not ended yet.
std::size_t string_end(std::string_view bytes, std::size_t from)
{
  for (std::size_t j = from; j < bytes.size(); ++j) {
    if (bytes[j] == '\a') {
      return j + 1;
    }
    if (bytes[j] == '\x1b' && j + 1 < bytes.size() && bytes[j + 1] == '\\') {
      return j + 2;
    }
  }
  return std::string_view::npos;
}

// Where the CSI sequence that starts at `from` (after ESC [) ends: at its final byte, from
// 0x40 to 0x7e; npos when it has not come yet.
std::size_t csi_final(std::string_view bytes, std::size_t from)
{
  for (std::size_t j = from; j < bytes.size(); ++j) {
    const auto b = static_cast<unsigned char>(bytes[j]);
    if (b >= 0x40 && b <= 0x7e) {
      return j;
    }
  }
  return std::string_view::npos;
}

} // namespace

bool ends_mid_sequence(std::string_view bytes)
{
  std::size_t i = bytes.find('\x1b');
  while (i != std::string_view::npos) {
    if (i + 1 == bytes.size()) {
      return true;
    }
    std::size_t next = i + 2;
    if (bytes[i + 1] == '[') {
      next = csi_final(bytes, i + 2);
      next = next == std::string_view::npos ? next : next + 1;
    } else if (opens_string(bytes[i + 1])) {
      next = string_end(bytes, i + 2);
    }
    if (next == std::string_view::npos) {
      return true;
    }
    i = bytes.find('\x1b', next);
  }
  return false;
}

std::vector<Key> decode_keys(std::string_view bytes)
{
  std::vector<Key> keys;
  std::size_t i = 0;
  while (i < bytes.size()) {
    const auto byte = static_cast<unsigned char>(bytes[i]);
    if (byte == 0x1b) {
      if (i + 1 == bytes.size()) {
        keys.push_back(key(Key::Kind::escape));
        ++i;
      } else if (bytes[i + 1] == '[') {
        // CSI: parameters and intermediates, then a final byte from 0x40 to 0x7e.
        const std::size_t j = csi_final(bytes, i + 2);
        keys.push_back(j != std::string_view::npos ? arrow(bytes[j]) : key(Key::Kind::other));
        i = j == std::string_view::npos ? bytes.size() : j + 1;
      } else if (opens_string(bytes[i + 1])) {
        // A terminal's reply (a colour, say): one key that does nothing, however long.
        keys.push_back(key(Key::Kind::other));
        const std::size_t end = string_end(bytes, i + 2);
        i = end == std::string_view::npos ? bytes.size() : end;
      } else if (bytes[i + 1] == 'O' && i + 2 < bytes.size()) {
        keys.push_back(arrow(bytes[i + 2]));
        i += 3;
      } else if (bytes[i + 1] == 0x1b) {
        keys.push_back(key(Key::Kind::escape)); // ESC ESC: the first is a key of its own
        ++i;
      } else {
        keys.push_back(key(Key::Kind::other)); // Alt and a key
        std::size_t next = i + 1;
        util::decode_utf8(bytes, next);
        i = next;
      }
    } else if (byte == '\t') {
      keys.push_back(key(Key::Kind::tab));
      ++i;
    } else if (byte == '\r' || byte == '\n') {
      keys.push_back(key(Key::Kind::enter));
      ++i;
    } else if (byte == 0x7f || byte == 0x08) {
      keys.push_back(key(Key::Kind::backspace));
      ++i;
    } else if (byte < 0x20) {
      keys.push_back(key(Key::Kind::other));
      ++i;
    } else {
      std::size_t next = i;
      const auto cp = util::decode_utf8(bytes, next);
      keys.push_back(cp ? Key{Key::Kind::character, *cp} : key(Key::Kind::other));
      i = next;
    }
  }
  return keys;
}

} // namespace stretch::term
