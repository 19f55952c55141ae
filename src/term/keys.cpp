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

} // namespace

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
        std::size_t j = i + 2;
        while (j < bytes.size() && (static_cast<unsigned char>(bytes[j]) < 0x40 || static_cast<unsigned char>(bytes[j]) > 0x7e)) {
          ++j;
        }
        keys.push_back(j < bytes.size() ? arrow(bytes[j]) : key(Key::Kind::other));
        i = j + 1;
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
