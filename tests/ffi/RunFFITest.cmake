# Runs one FFI test and compares its output with main.exp:
#   cmake -DKRAIT=... -DFOLDER=tests/ffi/NAME -DNAME=NAME -DWORK=dir -P this
# Either FOLDER holds NAME.py (a library), main.c and main.exp: the library
# is built with --emit=staticlib and main.c linked against it; or it holds
# NAME.py (a program), C files and main.exp: the program is built with the C
# files (--link) for its @extern functions.
include(${CMAKE_CURRENT_LIST_DIR}/../CheckTestOutput.cmake)

find_program(CC NAMES clang-19 clang cc REQUIRED)
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
if(NOT EXISTS ${FOLDER}/main.c)
  file(GLOB sources ${FOLDER}/*.c)
  set(links "")
  foreach(src ${sources})
    list(APPEND links --link ${src})
  endforeach()
  execute_process(COMMAND ${KRAIT} build ${FOLDER}/${NAME}.py ${links} -o ${WORK}/main
                  OUTPUT_VARIABLE out ERROR_VARIABLE out RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "krait build failed (${status}):\n${out}")
  endif()
else()
execute_process(COMMAND ${KRAIT} build ${FOLDER}/${NAME}.py --emit=staticlib
                        -o ${WORK}/lib${NAME}.a
                OUTPUT_VARIABLE out ERROR_VARIABLE out RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "krait build --emit=staticlib failed (${status}):\n${out}")
endif()

# The runtime may need link flags of its own (sanitizer builds).
get_filename_component(bin ${KRAIT} DIRECTORY)
set(flags_file ${bin}/../lib/krait/x86_64-linux/link-flags.txt)
set(extra "")
if(EXISTS ${flags_file})
  file(STRINGS ${flags_file} lines)
  foreach(line ${lines})
    if(NOT line MATCHES "^#" AND NOT line STREQUAL "")
      list(APPEND extra ${line})
    endif()
  endforeach()
endif()
execute_process(COMMAND ${CC} -std=c11 -Wall -Werror -I${WORK} ${FOLDER}/main.c
                        ${WORK}/lib${NAME}.a -lm ${extra} -o ${WORK}/main
                OUTPUT_VARIABLE out ERROR_VARIABLE out RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "compiling main.c failed (${status}):\n${out}")
endif()
endif()

execute_process(COMMAND ${WORK}/main WORKING_DIRECTORY ${WORK}
                OUTPUT_VARIABLE output ERROR_VARIABLE output
                RESULT_VARIABLE status TIMEOUT 120)
krait_check_output(${FOLDER} main ${NAME} "${output}" "${status}")
