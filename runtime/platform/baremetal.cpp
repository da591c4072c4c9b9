//===- runtime/platform/baremetal.cpp - RAM set-up and fault reports ------===//
#include "platform/baremetal.h"
#include "platform/platform.h"

#include <string.h>

extern "C" {
// Section bounds from the linker script (targets/*.ld).
extern char __data_start[], __data_end[], __data_load[];
extern char __tls_base[], __tdata_end[], __tdata_load[];
extern char __tbss_start[], __bss_end[];
}

extern "C" void kr_init_ram(void) {
    // Plain loops rather than memcpy/memset: the C library may read static
    // data (its TLS pointer) that is not set up yet.
    volatile char *dst = __data_start;
    for (const char *src = __data_load; dst < __data_end;)
        *dst++ = *src++;
    dst = __tls_base;
    for (const char *src = __tdata_load; dst < __tdata_end;)
        *dst++ = *src++;
    for (dst = __tbss_start; dst < __bss_end;)
        *dst++ = 0;
}

extern "C" void kr_fatal_fault(const char *what) {
    static const char prefix[] = "krait: fatal: ";
    kr_platform_write(2, prefix, sizeof prefix - 1);
    kr_platform_write(2, what, strlen(what));
    kr_platform_write(2, "\n", 1);
    kr_platform_exit(134);
}
