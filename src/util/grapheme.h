// SPDX-License-Identifier: MIT
// How many columns a terminal gives the code points of a grapheme cluster that draws as one
// emoji: a ZWJ sequence (👨‍👩‍👧), a skin tone (👍🏽), an emoji presentation (❤️), a flag
// (🇩🇪). The C library's wcwidth knows code points, not clusters.
#pragma once

namespace stretch::util {

/// True for code points of Unicode's Extended_Pictographic property (the emoji, and the
/// pictographs that may become one), as ranges close enough for widths.
bool is_pictographic(char32_t cp);

/// True for Unicode's Default_Ignorable_Code_Point property: zero-width spaces and joiners,
/// directional marks, variation selectors, tag characters, fillers. They draw nothing, and
/// text from a routine file never needs them.
bool is_default_ignorable(char32_t cp);

/// Adds up the columns of text a code point at a time, as a terminal draws its clusters.
class ClusterWidth
{
public:
  /// The columns `cp` adds after the code points given before: 0 for one that joins the
  /// cluster before it, `wcwidth` for any other.
  int add(char32_t cp);

private:
  bool m_pictographic = false; // the cluster so far ends in an emoji
  bool m_joining = false;      // ... and a ZWJ after it: the next emoji joins it
  bool m_flag_half = false;    // one regional indicator is open: the next one closes the flag
  int m_width = 0;             // the columns of the last code point that took any
};

} // namespace stretch::util
