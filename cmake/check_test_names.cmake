# SPDX-License-Identifier: MIT
# Fails when a doctest TEST_CASE name holds a `;`: CTest's test discovery splits names at
# semicolons, and the halves "pass" without running anything.
# Usage: cmake -DSOURCES="a.cpp;b.cpp" -DSTAMP=file -P check_test_names.cmake
set(bad "")
foreach(source IN LISTS SOURCES)
  file(STRINGS "${source}" lines REGEX "TEST_CASE[ \t]*\\(")
  foreach(line IN LISTS lines)
    if(line MATCHES "TEST_CASE[ \t]*\\([ \t]*\"[^\"]*;")
      string(APPEND bad "\n  ${source}: ${line}")
    endif()
  endforeach()
endforeach()
if(bad)
  message(FATAL_ERROR "test names must not contain `;` (CTest would split them):${bad}")
endif()
file(TOUCH "${STAMP}")
