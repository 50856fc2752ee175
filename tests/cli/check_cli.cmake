# SPDX-License-Identifier: MIT
# Runs tiescope-cli once and checks what comes out, the way a user would read it.
#   CLI           the program
#   ARGS          its arguments (a ;-list)
#   EXIT          the expected exit code (default 0)
#   STDOUT_REGEX  must match stdout          STDOUT_NOT_REGEX  must not match stdout
#   STDERR_REGEX  must match stderr
#   JSON_CHECKS   ;-list of "a.0.b=value": stdout parsed as JSON, the member at the dotted
#                 path must equal value
if(NOT DEFINED EXIT)
    set(EXIT 0)
endif()
execute_process(COMMAND ${CLI} ${ARGS} RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT code EQUAL EXIT)
    message(FATAL_ERROR "exit code ${code}, expected ${EXIT}\nstdout:\n${out}\nstderr:\n${err}")
endif()
if(DEFINED STDOUT_REGEX AND NOT out MATCHES "${STDOUT_REGEX}")
    message(FATAL_ERROR "stdout does not match '${STDOUT_REGEX}':\n${out}")
endif()
if(DEFINED STDOUT_NOT_REGEX AND out MATCHES "${STDOUT_NOT_REGEX}")
    message(FATAL_ERROR "stdout matches '${STDOUT_NOT_REGEX}':\n${out}")
endif()
if(DEFINED STDERR_REGEX AND NOT err MATCHES "${STDERR_REGEX}")
    message(FATAL_ERROR "stderr does not match '${STDERR_REGEX}':\n${err}")
endif()
foreach(check IN LISTS JSON_CHECKS)
    string(FIND "${check}" "=" eq)
    string(SUBSTRING "${check}" 0 ${eq} path)
    math(EXPR valueStart "${eq} + 1")
    string(SUBSTRING "${check}" ${valueStart} -1 expected)
    string(REPLACE "." ";" members "${path}")
    string(JSON actual ERROR_VARIABLE jsonError GET "${out}" ${members})
    if(jsonError)
        message(FATAL_ERROR "${path}: ${jsonError}\n${out}")
    endif()
    if(NOT actual STREQUAL expected)
        message(FATAL_ERROR "${path} is '${actual}', expected '${expected}'")
    endif()
endforeach()
