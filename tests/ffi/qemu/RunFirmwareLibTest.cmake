# A krait static library in Cortex-M3 firmware whose main() is C, run on
# QEMU's mps2-an385:
#   cmake -DKRAIT=... -DFOLDER=.../NAME -DNAME=NAME -DWORK=dir -DTARGETS_DIR=...
#         -DPICOLIBC=... -P this
# Builds FOLDER/NAME.py with --emit=staticlib --target cortex-m3, compiles
# FOLDER/main.c for the core, links both with krait's start-up code, linker
# script (targets/cortexm.ld under the board's memory map), picolibc and
# libgcc, boots the ELF and compares its output with FOLDER/main.exp.
include(${CMAKE_CURRENT_LIST_DIR}/../../CheckTestOutput.cmake)

find_program(CC NAMES clang-19 clang REQUIRED)
find_program(LLD NAMES ld.lld-19 ld.lld REQUIRED)
find_program(QEMU qemu-system-arm REQUIRED)
get_filename_component(bin ${KRAIT} DIRECTORY)
set(lib ${bin}/../lib/krait/cortex-m3)
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})

function(run)
  execute_process(COMMAND ${ARGN} OUTPUT_VARIABLE out ERROR_VARIABLE out
                  RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    list(JOIN ARGN " " cmd)
    message(FATAL_ERROR "failed (${status}): ${cmd}\n${out}")
  endif()
endfunction()

run(${KRAIT} build ${FOLDER}/${NAME}.py --emit=staticlib --target cortex-m3
    -o ${WORK}/lib${NAME}.a)
run(${CC} --target=thumbv7m-none-eabi -mcpu=cortex-m3 -mthumb -mfloat-abi=soft -Os
    -ffreestanding -nostdlibinc -isystem ${PICOLIBC}/include -I${WORK}
    -c ${FOLDER}/main.c -o ${WORK}/main.o)
# The mps2-an385 board (targets/boards/mps2-an385.board), as the driver
# writes it before the target's section layout.
file(READ ${TARGETS_DIR}/cortexm.ld sections)
file(WRITE ${WORK}/firmware.ld
     "MEMORY\n{\n    FLASH (rx) : ORIGIN = 0x0, LENGTH = 4194304\n"
     "    RAM (rwx) : ORIGIN = 0x20000000, LENGTH = 4194304\n}\n"
     "__krait_stack_size = 65536;\n__krait_heap_size = 0;\n"
     "__krait_flash_size = 4194304;\n__krait_ram_size = 4194304;\n\n${sections}")
run(${LLD} -static --gc-sections -T ${WORK}/firmware.ld ${WORK}/main.o
    --start-group ${WORK}/lib${NAME}.a ${lib}/libc.a ${lib}/libgcc.a --end-group
    -o ${WORK}/firmware.elf)
execute_process(COMMAND ${QEMU} -M mps2-an385 -nic user,restrict=on -cpu cortex-m3 -nodefaults
                        -display none -semihosting-config enable=on,target=native
                        -kernel ${WORK}/firmware.elf
                OUTPUT_VARIABLE output ERROR_VARIABLE output RESULT_VARIABLE status
                TIMEOUT 120)
krait_check_output(${FOLDER} main ${NAME} "${output}" "${status}")
