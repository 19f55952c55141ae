# SPDX-License-Identifier: MIT
# Writes a C++ source that holds every routine file of INPUT_DIR as a string, so the built
# program carries its built-in routines wherever it is run from.
# Usage: cmake -DINPUT_DIR=routines -DOUTPUT=builtin_routines.cpp -P embed_routines.cmake
file(GLOB files "${INPUT_DIR}/*.stretch")
list(SORT files)
set(entries "")
set(count 0)
foreach(path IN LISTS files)
  get_filename_component(name "${path}" NAME_WLE)
  file(READ "${path}" hex HEX)
  string(LENGTH "${hex}" hex_length)
  math(EXPR size "${hex_length} / 2")
  # One escape per byte; split into lines so no line of the output gets too long.
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "\\\\x\\1" escaped "${hex}")
  string(REGEX REPLACE "((\\\\x[0-9a-f][0-9a-f]){32})" "\\1\"\n    \"" escaped "${escaped}")
  string(APPEND entries "  {\"${name}\",\n   std::string_view{\"${escaped}\", ${size}}},\n")
  math(EXPR count "${count} + 1")
endforeach()
if(count EQUAL 0)
  message(FATAL_ERROR "no routine files in ${INPUT_DIR}")
endif()
file(WRITE "${OUTPUT}.tmp" "// Generated from routines/*.stretch by cmake/embed_routines.cmake: do not edit.
#include \"library/builtins.h\"

namespace stretch::library {

std::span<const BuiltinRoutine> builtin_routines()
{
  static constexpr BuiltinRoutine k_routines[] = {
${entries}  };
  return k_routines;
}

} // namespace stretch::library
")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
