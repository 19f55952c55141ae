// SPDX-License-Identifier: MIT
// An environment made of a map, for the code that reads environment variables.
#pragma once

#include "util/env.h"

#include <map>
#include <string>

namespace stretch::test {

/// `variables` as an `EnvLookup`; the map must outlive the lookup.
inline util::EnvLookup fake_env(const std::map<std::string, std::string>& variables)
{
  return [&variables](const char* name) -> const char* {
    const auto it = variables.find(name);
    return it == variables.end() ? nullptr : it->second.c_str();
  };
}

} // namespace stretch::test
