# Compiles and runs one program test: cmake -DKRAIT=... -DFOLDER=... -DNAME=... -P this
# NAME.stdin, when present, is fed to the program's standard input.
set(stdin_args "")
if(EXISTS ${FOLDER}/${NAME}.stdin)
  set(stdin_args INPUT_FILE ${FOLDER}/${NAME}.stdin)
endif()
# NAME.args, when present, holds extra `krait run` options, one per line.
set(extra_args "")
if(EXISTS ${FOLDER}/${NAME}.args)
  file(STRINGS ${FOLDER}/${NAME}.args extra_args)
endif()
execute_process(COMMAND ${KRAIT} run ${extra_args} ${NAME}.py
                WORKING_DIRECTORY ${FOLDER} ${stdin_args}
                OUTPUT_VARIABLE output ERROR_VARIABLE output
                RESULT_VARIABLE status TIMEOUT 240)
set(expected_status 0)
if(EXISTS ${FOLDER}/${NAME}.status)
  file(STRINGS ${FOLDER}/${NAME}.status expected_status LIMIT_COUNT 1)
  string(STRIP "${expected_status}" expected_status)
endif()
if(EXISTS ${FOLDER}/${NAME}.exp)
  file(READ ${FOLDER}/${NAME}.exp expected)
  set(ok FALSE)
  if(output STREQUAL expected)
    set(ok TRUE)
  endif()
else()
  file(READ ${FOLDER}/${NAME}.exp_prefix expected)
  string(LENGTH "${expected}" n)
  string(SUBSTRING "${output}" 0 ${n} head)
  set(ok FALSE)
  if(head STREQUAL expected)
    set(ok TRUE)
  endif()
endif()
if(NOT ok OR NOT status STREQUAL expected_status)
  message(FATAL_ERROR "${NAME}: exit status ${status} (expected ${expected_status})\n"
                      "--- expected ---\n${expected}--- actual ---\n${output}--- end ---")
endif()
