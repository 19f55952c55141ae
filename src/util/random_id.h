// SPDX-License-Identifier: MIT
// Ids no two sessions or devices share: random, from the system's random source.
#pragma once

#include <string>

namespace stretch::util {

/// 16 lowercase hex digits (64 random bits) from /dev/urandom; where that cannot be read,
/// from the time, the process and a counter, mixed: still unique in practice.
std::string random_id();

} // namespace stretch::util
