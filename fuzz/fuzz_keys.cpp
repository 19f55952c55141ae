// SPDX-License-Identifier: MIT
// libFuzzer target for what a terminal sends: the key decoder and the reply to the
// background question. Whatever the bytes, no crash; every byte is accounted for by at most
// one key, and a reply found lies within the bytes.
#include "term/background.h"
#include "term/keys.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const auto keys = stretch::term::decode_keys(bytes);
  if (keys.size() > size) {
    std::abort();
  }
  if (const auto reply = stretch::term::read_background_reply(bytes)) {
    if (reply->begin > reply->end || reply->end > size) {
      std::abort();
    }
  }
  return 0;
}
