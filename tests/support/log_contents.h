// SPDX-License-Identifier: MIT
// A whole history log parsed in memory: for tests and fuzzers, which look at every record
// at once (the program reads a log as a stream).
#pragma once

#include "history/log_file.h"

#include <string_view>
#include <vector>

namespace stretch::test {

/// Every record and every skipped line of a log.
struct LogContents
{
  std::vector<history::SessionRecord> records;
  std::vector<history::SkippedLine> skipped;
};

/// Parses the whole `text` of a log.
inline LogContents parse_log(std::string_view text)
{
  LogContents contents;
  history::LogParser parser([&](const history::SessionRecord& record, std::string_view) { contents.records.push_back(record); },
                            [&](history::SkippedLine&& skipped) { contents.skipped.push_back(std::move(skipped)); });
  parser.feed(text);
  parser.finish();
  return contents;
}

} // namespace stretch::test
