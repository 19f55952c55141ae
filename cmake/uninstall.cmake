# SPDX-License-Identifier: MIT
# Removes what `cmake --install` installed, as its manifest lists, then the folders the
# installation made (noted at install time), deepest first, when they are empty: exactly
# what was installed, and nothing that was there before.
# Usage: cmake -DMANIFEST=install_manifest.txt -DDIRS=install_dirs.txt -P uninstall.cmake
if(NOT EXISTS "${MANIFEST}")
  message(FATAL_ERROR "nothing to uninstall: ${MANIFEST} is missing (run cmake --install first)")
endif()
file(STRINGS "${MANIFEST}" files)
foreach(file IN LISTS files)
  if(EXISTS "${file}" OR IS_SYMLINK "${file}")
    message(STATUS "Removing ${file}")
    file(REMOVE "${file}")
  endif()
endforeach()
if(EXISTS "${DIRS}")
  file(STRINGS "${DIRS}" dirs)
  # Deepest first: a folder goes once what it held has gone.
  list(SORT dirs)
  list(REVERSE dirs)
  foreach(dir IN LISTS dirs)
    if(IS_DIRECTORY "${dir}")
      file(GLOB left "${dir}/*" "${dir}/.*")
      if(NOT left)
        message(STATUS "Removing the folder ${dir}")
        file(REMOVE_RECURSE "${dir}")
      endif()
    endif()
  endforeach()
  file(REMOVE "${DIRS}")
endif()
file(REMOVE "${MANIFEST}")
