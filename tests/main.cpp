// SPDX-License-Identifier: MIT
// The doctest runner shared by the unit and end-to-end test programs.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
