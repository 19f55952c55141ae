// SPDX-License-Identifier: MIT
// A history store in memory, which can be told to fail as a full disk or a locked file does.
#pragma once

#include "history/store.h"

#include <string>
#include <vector>

namespace stretch::test {

/// Keeps records in `records`; `add` fails with `failure` when it is set.
class FakeStore : public history::Store
{
public:
  util::Expected<bool> add(const history::SessionRecord& record) override
  {
    ++adds;
    if (!failure.empty()) {
      return util::Unexpected{failure};
    }
    records.push_back(record);
    return true;
  }

  util::Expected<history::ReadReport> recent(history::Seconds since, const history::LogParser::OnRecord& each) const override
  {
    ++reads;
    history::ReadReport report;
    for (const history::SessionRecord& record : records) {
      if (record.start >= since) {
        each(record, "");
        ++report.sessions;
      }
    }
    return report;
  }

  std::vector<history::SessionRecord> records;
  std::string failure; // "" for none
  int adds = 0;
  mutable int reads = 0;
};

} // namespace stretch::test
