// SPDX-License-Identifier: MIT
#include "history/device_names.h"

#include <doctest/doctest.h>

using namespace stretch;
using namespace stretch::history;

namespace {

SessionRecord of(std::string device, std::string name)
{
  SessionRecord record;
  record.device = std::move(device);
  record.device_name = std::move(name);
  return record;
}

} // namespace

TEST_SUITE_BEGIN("history/device_names");

TEST_CASE("DeviceNames: one name per device by id: a nameless one by its id's start")
{
  DeviceNames names;
  names.add(of("", ""));
  names.add(of("1111111111111111", ""));
  names.add(of("2222222222222222", "laptop"));
  names.add(of("2222222222222222", "laptop"));
  CHECK(names.sorted() == std::vector<std::string>{"11111111", "laptop"});
  names.add(of("1111111111111111", "phone")); // named since
  CHECK(names.sorted() == std::vector<std::string>{"laptop", "phone"});
  CHECK(names.size() == 2);
}

TEST_CASE("DeviceNames: at most k_max told apart")
{
  DeviceNames names;
  for (std::size_t i = 0; i < DeviceNames::k_max + 10; ++i) {
    names.add(of(std::to_string(1000 + i), ""));
  }
  CHECK(names.size() == DeviceNames::k_max);
}

TEST_SUITE_END();
