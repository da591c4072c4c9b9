# Compiles one program test for a bare-metal target and runs it under QEMU:
#   cmake -DKRAIT=... -DTARGET=... -DFOLDER=... -DNAME=... -P this
# Like tests/RunProgramTest.cmake: the output (stdout and stderr) must equal
# NAME.exp or start with NAME.exp_prefix, the status NAME.status (default 0).
# NAME.args, if present, holds extra krait options (e.g. --heap-size 16K).
# WORK, if set, is a scratch folder to run in (see below).
include(${CMAKE_CURRENT_LIST_DIR}/../CheckTestOutput.cmake)

set(extra "")
if(EXISTS ${FOLDER}/${NAME}.args)
  file(STRINGS ${FOLDER}/${NAME}.args extra LIMIT_COUNT 1)
  separate_arguments(extra UNIX_COMMAND "${extra}")
endif()
# Programs run in a copy of their folder (WORK, one per target and test):
# tests that write files then do not race with the hosted run of the same
# test or with the other targets' runs (semihosting reaches the files of
# QEMU's working directory).
set(dir ${FOLDER})
if(WORK)
  file(REMOVE_RECURSE ${WORK})
  file(MAKE_DIRECTORY ${WORK})
  file(GLOB sources ${FOLDER}/*)
  foreach(source ${sources})
    if(NOT IS_DIRECTORY ${source} AND NOT source MATCHES "\\.tmp$")
      file(COPY ${source} DESTINATION ${WORK})
    elseif(IS_DIRECTORY ${source})
      file(COPY ${source} DESTINATION ${WORK}) # packages of import tests
    endif()
  endforeach()
  set(dir ${WORK})
endif()
execute_process(COMMAND ${KRAIT} run --target ${TARGET} ${extra} ${NAME}.py
                WORKING_DIRECTORY ${dir}
                OUTPUT_VARIABLE output ERROR_VARIABLE output
                RESULT_VARIABLE status TIMEOUT 240)
krait_check_output(${FOLDER} ${NAME} "${NAME} on ${TARGET}" "${output}" "${status}")
