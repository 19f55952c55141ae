// SPDX-License-Identifier: MIT
// libFuzzer target for the key decoder: whatever a terminal sends, no crash, and every
// byte is accounted for by at most one key.
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
  return 0;
}
