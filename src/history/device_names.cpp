// SPDX-License-Identifier: MIT
// The devices a history holds.
#include "history/device_names.h"

#include <algorithm>

namespace stretch::history {

void DeviceNames::add(const SessionRecord& record)
{
  if (record.device.empty() && record.device_name.empty()) {
    return;
  }
  const std::string& key = record.device.empty() ? record.device_name : record.device;
  const auto found = m_names.find(key);
  if (found == m_names.end()) {
    if (m_names.size() < k_max) {
      m_names.emplace(key, record.device_name.empty() ? record.device.substr(0, 8) : record.device_name);
    }
  } else if (!record.device_name.empty() && found->second != record.device_name) {
    found->second = record.device_name; // named since, or renamed: the latest read
  }
}

std::vector<std::string> DeviceNames::sorted() const
{
  std::vector<std::string> names;
  names.reserve(m_names.size());
  for (const auto& [id, name] : m_names) {
    names.push_back(name);
  }
  std::sort(names.begin(), names.end());
  return names;
}

} // namespace stretch::history
