# SPDX-License-Identifier: MIT
# Runs the edit rows with a private temporary directory and fails when a store copy, its -wal or
# its -shm is left there: a WAL left beside a path the next copy reuses is replayed onto it.
# cmake -DBENCH=<tiescope-bench> -DDATA=<dir> -DTEMP=<dir> -P editcopies.cmake
file(REMOVE_RECURSE "${TEMP}")
file(MAKE_DIRECTORY "${TEMP}")
execute_process(
    COMMAND ${CMAKE_COMMAND} -E env TIESCOPE_BENCH_SIZES=300 TIESCOPE_BENCH_DATA=${DATA} TMPDIR=${TEMP}
            QT_QPA_PLATFORM=offscreen ${BENCH} --benchmark_filter=edit- --benchmark_min_time=0.01
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "tiescope-bench edit rows failed (${result})")
endif()
file(GLOB left "${TEMP}/tiescope-bench-edit-*")
if(left)
    message(FATAL_ERROR "edit rows left store files behind: ${left}")
endif()
