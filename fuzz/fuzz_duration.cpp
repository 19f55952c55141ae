// SPDX-License-Identifier: MIT
// libFuzzer target for the duration parser: whatever the bytes, no crash and a duration
// that formats back within the limit.
#include "routine/duration.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
  using namespace stretch::routine;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  if (const auto prefix = parse_duration_prefix(text)) {
    if (prefix->length > text.size() || prefix->value.count() < 0 || prefix->value > k_max_duration) {
      std::abort();
    }
    (void)format_duration(prefix->value);
  }
  if (const auto whole = parse_duration(text)) {
    // What is shown back must read as the same duration.
    const auto again = parse_duration(format_duration(*whole));
    if (whole->count() % 1000 == 0 && (!again || *again != *whole)) {
      std::abort();
    }
  }
  return 0;
}
