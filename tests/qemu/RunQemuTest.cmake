# Compiles one program test for a bare-metal target and runs it under QEMU:
#   cmake -DKRAIT=... -DTARGET=... -DFOLDER=... -DNAME=... -P this
# Like tests/RunProgramTest.cmake: the output (stdout and stderr) must equal
# NAME.exp or start with NAME.exp_prefix, the status NAME.status (default 0).
# NAME.args, if present, holds extra krait options (e.g. --heap-size 16K).
set(extra "")
if(EXISTS ${FOLDER}/${NAME}.args)
  file(STRINGS ${FOLDER}/${NAME}.args extra LIMIT_COUNT 1)
  separate_arguments(extra UNIX_COMMAND "${extra}")
endif()
execute_process(COMMAND ${KRAIT} run --target ${TARGET} ${extra} ${NAME}.py
                WORKING_DIRECTORY ${FOLDER}
                OUTPUT_VARIABLE output ERROR_VARIABLE output
                RESULT_VARIABLE status TIMEOUT 240)
set(expected_status 0)
if(EXISTS ${FOLDER}/${NAME}.status)
  file(STRINGS ${FOLDER}/${NAME}.status expected_status LIMIT_COUNT 1)
  string(STRIP "${expected_status}" expected_status)
endif()
set(ok FALSE)
if(EXISTS ${FOLDER}/${NAME}.exp)
  file(READ ${FOLDER}/${NAME}.exp expected)
  if(output STREQUAL expected)
    set(ok TRUE)
  endif()
else()
  file(READ ${FOLDER}/${NAME}.exp_prefix expected)
  string(LENGTH "${expected}" n)
  string(SUBSTRING "${output}" 0 ${n} head)
  if(head STREQUAL expected)
    set(ok TRUE)
  endif()
endif()
if(NOT ok OR NOT status STREQUAL expected_status)
  message(FATAL_ERROR "${NAME} on ${TARGET}: exit status ${status} (expected ${expected_status})\n"
                      "--- expected ---\n${expected}--- actual ---\n${output}--- end ---")
endif()
