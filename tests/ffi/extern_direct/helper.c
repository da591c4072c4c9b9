/* C functions extern_direct.py calls from compiled Python functions, whose
 * call sites convert the arguments inline and call these directly. */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Mixed integer and floating parameters: on hard-float targets the doubles
 * and floats go in VFP registers, the integers in core registers. */
double weigh(int8_t a, double x, uint16_t b, float y, int64_t c) {
    return (double)a * x + (double)b * (double)y + (double)c;
}

long long sum_range(long long from, long long to) {
    long long s = 0;
    for (long long i = from; i < to; i++)
        s += i;
    return s;
}

int flag_count(bool a, bool b, bool c) { return (int)a + (int)b + (int)c; }

size_t text_length(const char *s) {
    if (!s) return (size_t)-1;
    size_t n = 0;
    while (s[n])
        n++;
    return n;
}

unsigned checksum(const uint8_t *data, size_t len) {
    if (!data) return 0xffffffffu;
    unsigned sum = 0;
    for (size_t i = 0; i < len; i++)
        sum = sum * 31 + data[i];
    return sum;
}

uint8_t low_byte(uint32_t v) { return (uint8_t)v; }

int32_t min_int32(void) { return INT32_MIN; }

uint32_t max_uint32(void) { return UINT32_MAX; }

int64_t square64(int64_t v) { return v * v; }

uint64_t max_uint64(void) { return UINT64_MAX; }

/* Integer arithmetic: the test passes NULL, and NULL + n is undefined in C. */
void *offset_ptr(void *p, long by) { return (void *)((uintptr_t)p + (uintptr_t)by); }

bool is_null(void *p) { return p == NULL; }
