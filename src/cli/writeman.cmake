# SPDX-License-Identifier: MIT
# Writes tiescope-cli's manual page: cmake -DCLI=tiescope-cli -DOUT=tiescope-cli.1 -P writeman.cmake
# (add_custom_command cannot redirect a program's output without a shell).
execute_process(COMMAND ${CLI} --man OUTPUT_FILE ${OUT}.tmp RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    file(REMOVE ${OUT}.tmp)
    message(FATAL_ERROR "tiescope-cli --man failed (${result})")
endif()
file(RENAME ${OUT}.tmp ${OUT})
