# SPDX-License-Identifier: MIT
# Tests of the command line as a user runs it (core/cli). Paths relative to tests/core/.
add_test(NAME Cli.GermanLocalePrintsGerman
         COMMAND ${CMAKE_COMMAND} -DCLI=$<TARGET_FILE:crossread-cli> -DWORK=${CMAKE_CURRENT_BINARY_DIR}/cli-german
                 -P ${CMAKE_CURRENT_SOURCE_DIR}/cli/clilanguage.cmake)
