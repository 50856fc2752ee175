# SPDX-License-Identifier: MIT
# cmake --install into a fresh prefix, then: every file where a desktop expects it, the installed
# CLI using the store installed beside it, its manual page well-formed, the window starting.
file(REMOVE_RECURSE ${PREFIX})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD} --prefix ${PREFIX} RESULT_VARIABLE result
    OUTPUT_QUIET ERROR_VARIABLE err)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed: ${err}")
endif()

set(expected bin/tiescope-cli share/tiescope/serbia-russia.db share/man/man1/tiescope-cli.1
    share/doc/tiescope/README.md)
if(GUI)
    list(APPEND expected bin/tiescope share/tiescope/world/countries.json
        share/applications/org.tiescope.TieScope.desktop share/metainfo/org.tiescope.TieScope.metainfo.xml
        share/icons/hicolor/scalable/apps/org.tiescope.TieScope.svg)
endif()
foreach(file IN LISTS expected)
    if(NOT EXISTS ${PREFIX}/${file})
        message(FATAL_ERROR "not installed: ${file}")
    endif()
endforeach()

execute_process(COMMAND ${PREFIX}/bin/tiescope-cli info RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT result EQUAL 0 OR NOT out MATCHES "Database: [^\n]*/prefix/share/tiescope/serbia-russia.db")
    message(FATAL_ERROR "the installed tiescope-cli does not use its installed store:\n${out}${err}")
endif()
if(NOT out MATCHES "Entities: [1-9]")
    message(FATAL_ERROR "the installed store is empty:\n${out}")
endif()

file(READ ${PREFIX}/share/man/man1/tiescope-cli.1 page)
foreach(section ".TH TIESCOPE" ".SH SYNOPSIS" ".SS export" ".SS validate" ".SH EXIT STATUS")
    string(FIND "${page}" "${section}" at)
    if(at LESS 0)
        message(FATAL_ERROR "the manual page has no '${section}'")
    endif()
endforeach()
if(GROFF AND NOT GROFF MATCHES "NOTFOUND")
    execute_process(COMMAND ${GROFF} -man -Tutf8 -ww -z ${PREFIX}/share/man/man1/tiescope-cli.1
        RESULT_VARIABLE result ERROR_VARIABLE warnings)
    if(NOT result EQUAL 0 OR warnings)
        message(FATAL_ERROR "groff finds fault with the manual page:\n${warnings}")
    endif()
endif()

if(GUI)
    set(ENV{QT_QPA_PLATFORM} offscreen)
    execute_process(COMMAND ${PREFIX}/bin/tiescope --version RESULT_VARIABLE result OUTPUT_VARIABLE out
        ERROR_VARIABLE err TIMEOUT 60)
    if(NOT result EQUAL 0 OR NOT out MATCHES "${VERSION}")
        message(FATAL_ERROR "the installed window does not start: ${result}\n${out}${err}")
    endif()
endif()
message("installed into ${PREFIX}: ${expected}")
