# SPDX-License-Identifier: MIT
# Fails when a doctest TEST_CASE name holds a `;`: CTest's test discovery splits names at
# semicolons, and the halves "pass" without running anything. A test of the `slow` suite
# must hold no `,` either: doctest reads a comma as two filters, and the test would lose
# its `slow` label.
# Usage: cmake -DSOURCES="a.cpp;b.cpp" -DSTAMP=file -P check_test_names.cmake
set(bad "")
foreach(source IN LISTS SOURCES)
  file(STRINGS "${source}" lines REGEX "TEST_CASE[ \t]*\\(")
  foreach(line IN LISTS lines)
    if(line MATCHES "TEST_CASE[ \t]*\\([ \t]*\"[^\"]*;")
      string(APPEND bad "\n  ${source}: ${line}")
    endif()
    if(line MATCHES "TEST_CASE[ \t]*\\([ \t]*\"[^\"]*,[^\"]*\".*test_suite\\(\"slow\"\\)")
      string(APPEND bad "\n  ${source}: ${line} (a slow test's name holds a comma)")
    endif()
  endforeach()
endforeach()
if(bad)
  message(FATAL_ERROR "test names must not contain `;` (CTest would split them), nor `,` in a slow one:${bad}")
endif()
file(TOUCH "${STAMP}")
