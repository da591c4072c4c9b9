/* The functions of bindgen_types.h, each returning something that shows the
   value crossed the FFI with its C type. */
#include "bindgen_types.h"

#include <stdio.h>
#include <stdlib.h>

int bg_counter;

void bg_void(void) { bg_counter++; }
int bg_get_counter(void) { return bg_counter; }
bool bg_bool(bool b) { return !b; }
char bg_char(char c) { return (char)(c + 1); }
signed char bg_schar(signed char c) { return (signed char)(c + 1); }
unsigned char bg_uchar(unsigned char c) { return (unsigned char)(c + 1); }
short bg_short(short s) { return (short)(s + 1); }
unsigned short bg_ushort(unsigned short s) { return (unsigned short)(s + 1); }
int bg_int(int i) { return i * 2; }
unsigned int bg_uint(unsigned int u) { return u + 1; }
long bg_long(long l) { return l - 1; }
unsigned long bg_ulong(unsigned long l) { return l + 1; }
long long bg_llong(long long l) { return l * 3; }
unsigned long long bg_ullong(unsigned long long l) { return l - 1; }
float bg_float(float f) { return f * 2; }
double bg_double(double d) { return d / 4; }
int8_t bg_i8(int8_t v) { return (int8_t)(v - 1); }
uint8_t bg_u8(uint8_t v) { return (uint8_t)(v + 1); }
int16_t bg_i16(int16_t v) { return (int16_t)(v - 1); }
uint16_t bg_u16(uint16_t v) { return (uint16_t)(v + 1); }
int32_t bg_i32(int32_t v) { return v / 2; }
uint32_t bg_u32(uint32_t v) { return v + 1; }
int64_t bg_i64(int64_t v) { return -v; }
uint64_t bg_u64(uint64_t v) { return v + 1; }
size_t bg_size_t(size_t n) { return n * 2; }
ptrdiff_t bg_ptrdiff(ptrdiff_t d) { return -d; }
intptr_t bg_intptr(intptr_t p) { return p + 1; }
uintptr_t bg_uintptr(uintptr_t p) { return p + 1; }
enum bg_color bg_enum(bg_mode mode) { return mode == BG_T_TWO ? BG_BLUE : BG_RED; }
const char *bg_str(const char *s) { return s ? s + 1 : NULL; }

char *bg_mutable_str(char *s) {
    static char buf[32];
    snprintf(buf, sizeof buf, "<%s>", s);
    return buf;
}

size_t bg_bytes(const unsigned char *data, size_t n) {
    size_t sum = 0;
    for (size_t i = 0; i < n; i++)
        sum += data[i];
    return sum;
}

unsigned char *bg_buffer(unsigned char *data) { return data; }
void *bg_ptr(void *p, const int *q) { return q ? (void *)q : p; }

struct bg_point *bg_point_new(int x, int y) {
    struct bg_point *p = malloc(sizeof *p);
    p->x = x;
    p->y = y;
    return p;
}

int bg_point_sum(const struct bg_point *p) { return p->x + p->y; }
void bg_point_free(struct bg_point *p) { free(p); }
bg_handle_t bg_handle(bg_size *s) { return (bg_handle_t)s; }

int bg_array(int values[4], int n) {
    int sum = 0;
    for (int i = 0; i < n; i++)
        sum += values[i];
    return sum;
}

int bg_unnamed(int a, double b) { return a + (int)b; }
int bg_reserved_names(int from, int lambda, int None) { return from * 100 + lambda * 10 + None; }
bg_s32 bg_typedef_chain(const bg_s32 v) { return v * 2; }
