// SPDX-License-Identifier: MIT
// Reading environment variables through a function that tests can replace.
#include "util/env.h"

#include <cstdlib>

namespace stretch::util {

EnvLookup process_environment()
{
  return [](const char* name) -> const char* { return std::getenv(name); };
}

} // namespace stretch::util
