# Compiles and runs one program test: cmake -DKRAIT=... -DFOLDER=... -DNAME=... -P this
include(${CMAKE_CURRENT_LIST_DIR}/CheckTestOutput.cmake)

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
krait_check_output(${FOLDER} ${NAME} ${NAME} "${output}" "${status}")
