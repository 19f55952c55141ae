// SPDX-License-Identifier: MIT
// What a routine says of itself: read from its file, carried whole through loading and
// planning to the session, the summary and the history log.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace stretch::routine {

/// The episode a routine may declare: its sessions count as numbness episodes.
inline constexpr std::string_view k_numbness = "numbness";

/// Every episode a routine may declare (`episode NAME`).
inline constexpr std::string_view k_episodes[] = {k_numbness};

/// A routine's name and what its file says of it. Loading adds what its includes say: the
/// episode of the first that has one, when it has none, and every tip, once.
struct About
{
  std::string name;        // `calf`: the name it was found by (its file's, without `.stretch`)
  std::string title;       // `title`
  std::string description; // its `description` lines, joined
  std::string episode;     // `episode numbness`: what its sessions count as; "" for nothing
  std::vector<std::string> tips; // `tip` lines, its own and its includes', without repeats
};

} // namespace stretch::routine
