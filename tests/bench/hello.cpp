// SPDX-License-Identifier: MIT
// The reference for stretch's start-up: a hello world linked the same way (fmt and the C++
// runtime as the program links them, the same hardening), which prints a line with fmt.
#include <fmt/format.h>

int main()
{
  fmt::print("stretch {}\n", "hello");
  return 0;
}
