# SPDX-License-Identifier: MIT
# Writes the catalog template OUTPUT from every source under SOURCE_DIR/src with XGETTEXT
# and its ARGS, without the date it was made (so that an unchanged template stays the same
# file); with COMPARE set, fails unless OUTPUT is that template already.
file(GLOB_RECURSE sources RELATIVE "${SOURCE_DIR}" "${SOURCE_DIR}/src/*.cpp" "${SOURCE_DIR}/src/*.h")
list(SORT sources)
execute_process(COMMAND "${XGETTEXT}" ${ARGS} -o - ${sources}
  WORKING_DIRECTORY "${SOURCE_DIR}" OUTPUT_VARIABLE pot RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "xgettext failed")
endif()
string(REGEX REPLACE "\"POT-Creation-Date: [^\"]*\"\n" "" pot "${pot}")
if(DEFINED COMPARE)
  # The test that the template is up to date: the one in the tree is what the sources give.
  file(READ "${OUTPUT}" kept)
  if(NOT kept STREQUAL pot)
    message(FATAL_ERROR "po/stretch.pot is not what the sources give: run `cmake --build BUILD --target pot`, "
                        "then `msgmerge -U po/LANG.po po/stretch.pot` and translate what is new")
  endif()
else()
  file(WRITE "${OUTPUT}" "${pot}")
endif()
