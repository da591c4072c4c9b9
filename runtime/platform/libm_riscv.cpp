//===- runtime/platform/libm_riscv.cpp - C library fixes for rv32 ---------===//
//
// picolibc's trunc() (as packaged in Debian 12 for riscv64-unknown-elf)
// shifts a 64-bit mask by the exponent without checking it is below 64: on
// RV32 that goes through libgcc's __ashrdi3, whose 32-bit shifts wrap, so
// trunc(1e20) loses low bits (99999999998338007040). This definition, in the
// runtime archive that the firmware link searches before libc.a, replaces it.
//
//===----------------------------------------------------------------------===//
#include <stdint.h>
#include <string.h>

extern "C" double trunc(double x) {
    uint64_t bits;
    memcpy(&bits, &x, sizeof bits);
    int exponent = (int)((bits >> 52) & 0x7ff) - 1023;
    if (exponent >= 52) return x; // already integral, or inf or nan
    if (exponent < 0)
        bits &= 0x8000000000000000ull; // |x| < 1: a zero of x's sign
    else
        bits &= ~(0x000fffffffffffffull >> exponent); // drop the fraction bits
    memcpy(&x, &bits, sizeof x);
    return x;
}
