# SPDX-License-Identifier: MIT
# Runs a validator (TOOL with ARGS) and fails on any complaint: errors, warnings and hints.
if(NOT TOOL OR TOOL MATCHES "NOTFOUND")
    message("skipped: the validator is not installed (apt-get install ${PACKAGE})")
    return()
endif()
execute_process(COMMAND ${TOOL} ${ARGS} RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
message("${out}${err}")
if(NOT result EQUAL 0)
    message(FATAL_ERROR "${TOOL} failed (${result})")
endif()
# desktop-file-validate says nothing when all is well; appstreamcli reports a success line.
string(REGEX MATCH "(error|warning|hint):" complaint "${out}${err}")
if(complaint)
    message(FATAL_ERROR "${TOOL} complained: ${complaint}")
endif()
