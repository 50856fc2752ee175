# SPDX-License-Identifier: MIT
# Runs one libFuzzer target for SECONDS (tests/fuzz/CMakeLists.txt, fuzz_run_<name>). New
# corpus entries go to CORPUS (in the build tree); SEEDS (the source tree's corpus and
# regressions) are only read. A crash, leak, timeout or out-of-memory input is kept in
# FINDINGS and fails the test.
file(MAKE_DIRECTORY ${CORPUS} ${FINDINGS})
execute_process(
    COMMAND ${FUZZER} ${OPTIONS} -max_total_time=${SECONDS} -print_final_stats=1 -artifact_prefix=${FINDINGS}/
        ${CORPUS} ${SEEDS}
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    file(GLOB found ${FINDINGS}/*)
    message(FATAL_ERROR "${FUZZER} failed (${result}); the input is kept in ${FINDINGS}: ${found}")
endif()
