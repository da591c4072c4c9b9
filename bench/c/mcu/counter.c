/* Linked into the C kernels built for a Cortex-M target under QEMU (bench/qemu_target.py):
 * starts the MPS2 board's CMSDK APB timer 0 before main and prints the ticks it counted on
 * the marker line at exit. Under -icount shift=0 one tick is 40 instructions. */
#include <stdio.h>
#include <stdlib.h>

/* CTRL at +0, VALUE at +4 (counts down), RELOAD at +8. */
#define TIMER ((volatile unsigned *)0x40000000)

static unsigned start;

static void report(void) {
    unsigned ticks = start - TIMER[1];
    printf("krait-bench-ticks: %u\n", ticks);
    fflush(stdout); /* picolibc's semihosted exit does not flush stdout */
}

__attribute__((constructor)) static void begin(void) {
    TIMER[0] = 0;
    TIMER[2] = 0xFFFFFFFFu;
    TIMER[1] = 0xFFFFFFFFu;
    TIMER[0] = 1;
    start = TIMER[1];
    atexit(report);
}
