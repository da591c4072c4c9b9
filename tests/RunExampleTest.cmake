# Builds an example with `krait build` and runs the executable:
# cmake -DKRAIT=... -DSOURCE=main.py -DEXPECTED=file.exp -DWORK=dir -P this
include(${CMAKE_CURRENT_LIST_DIR}/CheckTestOutput.cmake)

get_filename_component(name ${EXPECTED} NAME_WE)
set(exe ${WORK}/example-${name})
execute_process(COMMAND ${KRAIT} build ${SOURCE} -o ${exe}
                OUTPUT_VARIABLE output ERROR_VARIABLE output RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "krait build ${SOURCE} failed (${status}):\n${output}")
endif()
execute_process(COMMAND ${exe} OUTPUT_VARIABLE output ERROR_VARIABLE output
                RESULT_VARIABLE status TIMEOUT 120)
get_filename_component(folder ${EXPECTED} DIRECTORY)
krait_check_output(${folder} ${name} ${exe} "${output}" "${status}")
