// SPDX-License-Identifier: MIT
// Included before CLI11 in the one file that includes it: CLI11 includes <iostream>, whose
// static object, in libstdc++ before GCC 13, builds the standard streams (and a locale)
// when the program starts: a tenth of what `stretch --version` costs, for streams stretch
// never writes to (it writes to file descriptors, and prints CLI11's help itself). The
// declarations stand in for the header; nothing here may touch std::cout or std::cerr.
#pragma once

#include <istream>
#include <ostream>

#if defined(__GLIBCXX__) && !defined(_GLIBCXX_IOSTREAM) && defined(__GNUC__) && !defined(__clang__) && __GNUC__ < 13
#define _GLIBCXX_IOSTREAM 1
namespace std {
extern istream cin;
extern ostream cout;
extern ostream cerr;
extern ostream clog;
} // namespace std
#endif
