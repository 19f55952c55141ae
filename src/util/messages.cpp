// SPDX-License-Identifier: MIT
// The lines the program prints on standard error.
#include "util/messages.h"

#include "util/terminal_text.h"

namespace stretch::util {
namespace {

std::string line(std::string_view severity, std::string_view message)
{
  return terminal_safe("stretch: " + std::string(severity) + ": " + std::string(message)) + '\n';
}

} // namespace

std::string error_line(std::string_view message)
{
  return line("error", message);
}

std::string warning_line(std::string_view message)
{
  return line("warning", message);
}

std::string note_line(std::string_view message)
{
  return line("note", message);
}

} // namespace stretch::util
