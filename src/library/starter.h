// SPDX-License-Identifier: MIT
// The text of a new routine: a commented starter to fill in, or a copy of another routine.
#pragma once

#include <string>
#include <string_view>

namespace stretch::library {

/// A starter routine named `name`: every directive shown once, with comments that say what
/// it does, valid as it is (`stretch check` accepts it).
std::string starter_routine(std::string_view name);

/// `text`, the file of routine `from`, as the start of routine `name`: a first comment says
/// where it came from. A copy under another name gets `(NAME)` after its title, so that the
/// two can be told apart, and its `alias` lines are commented out, since the original keeps
/// them; a copy under the same name takes the original's place, aliases and all.
std::string copied_routine(std::string_view text, std::string_view from, std::string_view name);

/// `name` as a title: dashes and underscores become spaces, the first letter a capital.
std::string title_from_name(std::string_view name);

} // namespace stretch::library
