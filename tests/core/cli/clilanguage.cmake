# SPDX-License-Identifier: MIT
# crossread-cli under a German locale prints German: every subcommand's messages go through one
# translation context, the one lupdate files them under (each file once had its own, and no German
# line was ever shown). Run with -DCLI=… -DWORK=…
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
set(ENV{LANG} de_DE.UTF-8)
set(ENV{LC_ALL} de_DE.UTF-8)
set(ENV{LANGUAGE} de)

function(run_cli expect)
  execute_process(COMMAND "${CLI}" ${ARGN} WORKING_DIRECTORY "${WORK}"
                  OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
  string(FIND "${out}${err}" "${expect}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "crossread-cli ${ARGN} (exit ${rc}) printed no '${expect}':\n${out}${err}")
  endif()
endfunction()

run_cli("angelegt (Formatversion" new p.crossread)
file(WRITE "${WORK}/a.txt" "Ein kurzer Artikel.\n\nDer Minister sagte, die Lage sei stabil.\n")
run_cli("importiert" import p.crossread a.txt)
run_cli("Aufruf: crossread-cli clusters" clusters --help)
run_cli("Aufruf: crossread-cli search" search --help)
