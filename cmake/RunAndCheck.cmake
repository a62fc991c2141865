# Runs a command and checks both its exit code and its output, for ctest tests where a
# crash must not count as the expected failure (WILL_FAIL alone cannot tell them apart).
#   cmake -DEXPECT_EXIT=N -DEXPECT_OUTPUT=regex -DCOMMAND=prog;arg;arg -P RunAndCheck.cmake
execute_process(COMMAND ${COMMAND} RESULT_VARIABLE _exit OUTPUT_VARIABLE _out ERROR_VARIABLE _err)
message("${_out}${_err}")
if(NOT "${_exit}" STREQUAL "${EXPECT_EXIT}")
    message(FATAL_ERROR "expected exit code ${EXPECT_EXIT}, got ${_exit}")
endif()
if(DEFINED EXPECT_OUTPUT AND NOT "${_out}${_err}" MATCHES "${EXPECT_OUTPUT}")
    message(FATAL_ERROR "output does not match: ${EXPECT_OUTPUT}")
endif()
