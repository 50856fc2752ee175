# SPDX-License-Identifier: MIT
# Fails when any file in CORE_DIR includes a Qt header.
file(GLOB_RECURSE files "${CORE_DIR}/*.h" "${CORE_DIR}/*.cpp")
list(LENGTH files count)
if(count EQUAL 0)
    message(FATAL_ERROR "no core sources found under ${CORE_DIR}")
endif()
foreach(f IN LISTS files)
    file(STRINGS "${f}" hits REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"](Q[A-Za-z]+|Qt[A-Za-z]*/)")
    if(hits)
        message(FATAL_ERROR "${f} includes Qt: ${hits}")
    endif()
endforeach()
message(STATUS "${count} core files, none includes Qt")
