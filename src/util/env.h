// SPDX-License-Identifier: MIT
// Reading environment variables through a function that tests can replace.
#pragma once

#include <functional>

namespace stretch::util {

/// Looks up an environment variable, nullptr when unset: `std::getenv` in the program, a map
/// in tests.
using EnvLookup = std::function<const char*(const char*)>;

/// `EnvLookup` backed by the process environment.
EnvLookup process_environment();

} // namespace stretch::util
