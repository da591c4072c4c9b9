# Builds a program, runs it under /usr/bin/time and checks its maximum resident
# set size: cmake -DKRAIT=... -DSOURCE=... -DEXPECTED=... -DLIMIT_KB=... -DWORK=... -P this
execute_process(COMMAND ${KRAIT} build ${SOURCE} -o ${WORK}/limit_test_exe RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "krait build failed (${rc})")
endif()
execute_process(COMMAND /usr/bin/time -f "maxrss=%M" ${WORK}/limit_test_exe
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc TIMEOUT 600)
string(REGEX MATCH "maxrss=([0-9]+)" _ "${err}")
set(rss ${CMAKE_MATCH_1})
string(STRIP "${out}" out)
if(NOT rc EQUAL 0 OR NOT out STREQUAL EXPECTED OR NOT rss OR rss GREATER LIMIT_KB)
  message(FATAL_ERROR "status ${rc}, output '${out}' (expected '${EXPECTED}'), "
                      "max RSS ${rss} KB (limit ${LIMIT_KB} KB)\n${err}")
endif()
message(STATUS "max RSS ${rss} KB")
