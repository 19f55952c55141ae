// SPDX-License-Identifier: MIT
// A notifier that records what it was asked to show.
#pragma once

#include "device/notifier.h"

#include <string>
#include <vector>

namespace stretch::test {

/// Records each notification as "TITLE | BODY".
class RecordingNotifier : public device::Notifier
{
public:
  void notify(std::string_view title, std::string_view body) override
  {
    shown.emplace_back(std::string(title) + " | " + std::string(body));
  }
  std::vector<std::string> shown;
};

} // namespace stretch::test
