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

namespace {
void write_str(const char *s) {
    kr_platform_write(2, s, strlen(s));
}
} // namespace

extern "C" void kr_fatal_fault(const char *what) {
    write_str("krait: fatal: ");
    write_str(what);
    write_str("\n");
    kr_platform_exit(134);
}

extern "C" void kr_fatal_fault_at(const char *what, uintptr_t pc) {
    char hex[2 + 2 * sizeof pc + 1];
    hex[0] = '0';
    hex[1] = 'x';
    for (size_t i = 0; i < 2 * sizeof pc; ++i)
        hex[2 + i] = "0123456789abcdef"[(pc >> (4 * (2 * sizeof pc - 1 - i))) & 0xf];
    hex[sizeof hex - 1] = 0;
    write_str("krait: fatal: ");
    write_str(what);
    write_str(" at pc ");
    write_str(hex);
    write_str("\n");
    kr_platform_exit(134);
}
