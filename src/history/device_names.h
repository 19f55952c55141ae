// SPDX-License-Identifier: MIT
// The devices a history holds, told apart by id, shown by name.
#pragma once

#include "history/record.h"

#include <map>
#include <string>
#include <vector>

namespace stretch::history {

/// The devices of the sessions added, by id (or by name, for a session without one), with
/// their names: at most `k_max` told apart.
class DeviceNames
{
public:
  static constexpr std::size_t k_max = 100;

  /// Counts in the device of `record`; a session of no device counts none.
  void add(const SessionRecord& record);

  std::size_t size() const { return m_names.size(); }

  /// The names, sorted: a device without a name by the start of its id.
  std::vector<std::string> sorted() const;

private:
  std::map<std::string, std::string> m_names;
};

} // namespace stretch::history
