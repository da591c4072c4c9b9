/* Everything krait bindgen reads: every C type class the FFI passes, the
   declarations it cannot express, enums, integer #defines and structs. */
#ifndef BINDGEN_TYPES_H
#define BINDGEN_TYPES_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Integer #defines: literals in every radix with C's suffixes, negative,
   parenthesised, casts and arithmetic between known macros. */
#define BG_DEC 10u
#define BG_HEX 0xFFu
#define BG_HEX_LOWER 0x1fUL
#define BG_OCT 017
#define BG_BIN 0b101
#define BG_ZERO 0
#define BG_NEG (-42)
#define BG_NEG_HEX -0x10L
#define BG_LL 123456789012LL
#define BG_CHAR 'A'
#define BG_ESC '\n'
#define BG_SUM (BG_DEC + 5)
#define BG_SHIFT (1u << 31)
#define BG_MASK (BG_HEX << 8 | BG_HEX)
#define BG_NOT (~0u)
#define BG_NOT_SIGNED (~0)
#define BG_NEG_UNSIGNED (-1u)
#define BG_CAST ((uint8_t)0x1FF)
#define BG_CAST_SIGNED ((int8_t)200)
#define BG_CAST_KEYWORD ((unsigned short)-1)
#define BG_COND (BG_DEC > 5 ? 100 : 200)
#define BG_LOGIC (BG_DEC && !0)
#define BG_DIV (-7 / 2)
#define BG_MOD (-7 % 2)
#define BG_CMP (-1 < 0u)
#define BG_ENUM_REF (BG_BLUE * 10)
#define BG_FROM_STDINT INT32_MAX
#define BG_BOOL true
#define BG_ALIAS BG_SUM
/* Not integer constants: left out. */
#define BG_STRING "text"
#define BG_FLOAT 1.5
#define BG_FUNC(x) ((x) + 1)
#define BG_EMPTY
#define BG_SELF BG_SELF
#define BG_DIV_ZERO (1 / 0)
#define BG_UNKNOWN (BG_NOWHERE + 1)
#define BG_SIZEOF sizeof(int)
/* Undefined again: not a constant of the module. */
#define BG_GONE 5
#undef BG_GONE
/* Redefined: the last definition wins. */
#define BG_TWICE 1
#undef BG_TWICE
#define BG_TWICE 2

enum bg_color { BG_RED, BG_GREEN = 5, BG_BLUE };
enum { BG_ANON_A = -3, BG_ANON_B = 0x7fffffff };
typedef enum { BG_T_ONE = 1, BG_T_TWO } bg_mode;

struct bg_point {
    int x, y;
    enum { BG_NESTED = 9 } kind;
};
typedef struct {
    int w, h;
} bg_size;
typedef struct bg_handle *bg_handle_t;
union bg_value {
    int i;
    float f;
};

static const int BG_LIMIT = 64;
extern int bg_counter;

/* One function per type class. */
void bg_void(void);
bool bg_bool(bool b);
char bg_char(char c);
signed char bg_schar(signed char c);
unsigned char bg_uchar(unsigned char c);
short bg_short(short s);
unsigned short bg_ushort(unsigned short s);
int bg_int(int i);
unsigned int bg_uint(unsigned int u);
long bg_long(long l);
unsigned long bg_ulong(unsigned long l);
long long bg_llong(long long l);
unsigned long long bg_ullong(unsigned long long l);
float bg_float(float f);
double bg_double(double d);
int8_t bg_i8(int8_t v);
uint8_t bg_u8(uint8_t v);
int16_t bg_i16(int16_t v);
uint16_t bg_u16(uint16_t v);
int32_t bg_i32(int32_t v);
uint32_t bg_u32(uint32_t v);
int64_t bg_i64(int64_t v);
uint64_t bg_u64(uint64_t v);
size_t bg_size_t(size_t n);
ptrdiff_t bg_ptrdiff(ptrdiff_t d);
intptr_t bg_intptr(intptr_t p);
uintptr_t bg_uintptr(uintptr_t p);
enum bg_color bg_enum(bg_mode mode);
const char *bg_str(const char *s);
char *bg_mutable_str(char *s);
size_t bg_bytes(const unsigned char *data, size_t n);
unsigned char *bg_buffer(unsigned char *data);
void *bg_ptr(void *p, const int *q);
struct bg_point *bg_point_new(int x, int y);
int bg_point_sum(const struct bg_point *p);
void bg_point_free(struct bg_point *p);
int bg_get_counter(void);
bg_handle_t bg_handle(bg_size *s);
int bg_array(int values[4], int n);
int bg_unnamed(int, double);
int bg_reserved_names(int from, int lambda, int None);
typedef int32_t bg_s32;
bg_s32 bg_typedef_chain(const bg_s32 v);

/* What the FFI cannot pass. */
int bg_printf(const char *fmt, ...);
struct bg_point bg_by_value(int x);
int bg_by_value_param(struct bg_point p);
int bg_union(union bg_value v);
void bg_callback(int (*cb)(int));
int (*bg_returns_callback(void))(int);
long double bg_long_double(long double x);
static inline int bg_static(int x) { return x + 1; }
int bg_fn_param(int f(int));
int lambda(int x);
#endif
