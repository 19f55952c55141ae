// SPDX-License-Identifier: MIT
// The `stretch` program: everything happens in the core library, behind the command line.
#include "cli/cli.h"

int main(int argc, char** argv)
{
  return stretch::cli::run(argc, argv);
}
