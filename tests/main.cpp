// SPDX-License-Identifier: MIT
// The doctest runner shared by the unit and end-to-end test programs. Like the program, it
// adopts the user's locale for character types first, so that text widths come from the C
// library (and from a UTF-8 locale when the user's is not one).
#define DOCTEST_CONFIG_IMPLEMENT
#include "util/locale.h"

#include <doctest/doctest.h>

int main(int argc, char** argv)
{
  stretch::util::adopt_user_locale();
  return doctest::Context(argc, argv).run();
}
