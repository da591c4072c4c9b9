# The expected-output check shared by the test runner scripts (-P mode):
#   include(.../CheckTestOutput.cmake)
#   krait_check_output(FOLDER STEM LABEL "${output}" "${status}")
# The output (stdout and stderr) must equal FOLDER/STEM.exp exactly, or, when
# there is no .exp, start with FOLDER/STEM.exp_prefix; the exit status must
# equal the first line of FOLDER/STEM.status (default 0). On a mismatch the
# script fails with LABEL, both statuses and both outputs.
function(krait_check_output folder stem label output status)
  set(expected_status 0)
  if(EXISTS ${folder}/${stem}.status)
    file(STRINGS ${folder}/${stem}.status expected_status LIMIT_COUNT 1)
    string(STRIP "${expected_status}" expected_status)
  endif()
  set(ok FALSE)
  if(EXISTS ${folder}/${stem}.exp)
    file(READ ${folder}/${stem}.exp expected)
    if(output STREQUAL expected)
      set(ok TRUE)
    endif()
  else()
    file(READ ${folder}/${stem}.exp_prefix expected)
    string(LENGTH "${expected}" n)
    string(SUBSTRING "${output}" 0 ${n} head)
    if(head STREQUAL expected)
      set(ok TRUE)
    endif()
  endif()
  if(NOT ok OR NOT status STREQUAL expected_status)
    message(FATAL_ERROR "${label}: exit status ${status} (expected ${expected_status})\n"
                        "--- expected ---\n${expected}--- actual ---\n${output}--- end ---")
  endif()
endfunction()
