# Runs dws-bench --quick and checks that it exits 0 and that every line reads
# "name value unit" with a dotted name and a number.
execute_process(COMMAND ${BENCH} --quick
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "dws-bench --quick exited with ${result}\n${output}\n${errors}")
endif()
string(STRIP "${output}" output)
if(output STREQUAL "")
    message(FATAL_ERROR "dws-bench --quick printed nothing")
endif()
string(REPLACE "\n" ";" lines "${output}")
set(count 0)
foreach(line IN LISTS lines)
    if(NOT line MATCHES "^[a-z0-9_]+(\\.[a-z0-9_]+)+ -?[0-9]+(\\.[0-9]+)? [a-zA-Z_]+$")
        message(FATAL_ERROR "malformed line: '${line}'")
    endif()
    math(EXPR count "${count} + 1")
endforeach()
foreach(required list10k.bare_parse_ms list10k.parse_map_ms list10k.map_over_parse
                 model10k.apply_5pct_ms model10k.identical_signals gui.max_stall_ms
                 gui.repaint_while_listing_ms
                 startup.first_paint_ms startup.baseline_first_paint_ms rss.fleet_mb)
    if(NOT output MATCHES "(^|\n)${required} ")
        message(FATAL_ERROR "missing figure ${required}")
    endif()
endforeach()
message(STATUS "${count} well-formed figures")
