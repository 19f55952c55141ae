// libFuzzer target for the history log parser: whatever the file holds, no crash, and
// every record it accepts reads back the same after writing it again.
#include "history/log_file.h"
#include "history/stats.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
  using namespace stretch::history;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const LogContents contents = parse_log(text);
  for (const SessionRecord& record : contents.records) {
    const auto again = parse_record(format_record(record));
    if (!again || format_record(*again) != format_record(record)) {
      std::abort();
    }
  }
  (void)streaks(contents.records, Day{});
  (void)seconds_by_day(contents.records);
  return 0;
}
