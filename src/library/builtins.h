// SPDX-License-Identifier: MIT
// The built-in routines, compiled into the program from the files in `routines/`.
#pragma once

#include <span>
#include <string_view>

namespace stretch::library {

/// One built-in routine file: its name (the file name without `.stretch`) and its text.
struct BuiltinRoutine
{
  std::string_view name;
  std::string_view text;
};

/// Every built-in routine, sorted by name. Generated at build time.
std::span<const BuiltinRoutine> builtin_routines();

} // namespace stretch::library
