# Runs one command and checks its exit code and output; a ctest entry for the `blueprint` CLI.
#   cmake -DARGS="prog|arg|arg" -DCODE=N [-DMATCH=regex] [-DNO_MATCH=regex] [-DWORKDIR=dir] -P expect.cmake
# ARGS separates arguments with "|"; MATCH and NO_MATCH are checked against stdout and stderr together.
string(REPLACE "|" ";" argv "${ARGS}")
if(NOT WORKDIR)
  set(WORKDIR ".")
endif()
execute_process(COMMAND ${argv} WORKING_DIRECTORY "${WORKDIR}"
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
set(all "${out}${err}")
if(NOT rc STREQUAL "${CODE}")
  message(FATAL_ERROR "exit code ${rc}, expected ${CODE}\n--- stdout\n${out}\n--- stderr\n${err}")
endif()
if(DEFINED MATCH AND NOT all MATCHES "${MATCH}")
  message(FATAL_ERROR "output does not match /${MATCH}/\n--- stdout\n${out}\n--- stderr\n${err}")
endif()
if(DEFINED NO_MATCH AND all MATCHES "${NO_MATCH}")
  message(FATAL_ERROR "output matches /${NO_MATCH}/ but should not\n--- stdout\n${out}\n--- stderr\n${err}")
endif()
