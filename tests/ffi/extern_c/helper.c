/* C functions the Python program in extern_c.py declares with @extern. */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

int add_ints(int a, int b) { return a + b; }

int8_t negate8(int8_t v) { return (int8_t)-v; }

uint16_t swap16(uint16_t v) { return (uint16_t)((v << 8) | (v >> 8)); }

uint64_t big_unsigned(void) { return UINT64_MAX - 1; }

double mix(double x, float y, int64_t n) { return x * (double)y + (double)n; }

float half(float x) { return x / 2.0f; }

bool is_positive(long v) { return v > 0; }

size_t count_byte(const uint8_t *data, size_t len, int byte) {
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        n += data[i] == byte;
    return n;
}

static char buffer[64];
const char *shout(const char *s) {
    if (!s) return NULL;
    size_t i = 0;
    for (; s[i] && i < sizeof buffer - 2; i++)
        buffer[i] = (s[i] >= 'a' && s[i] <= 'z') ? (char)(s[i] - 32) : s[i];
    buffer[i++] = '!';
    buffer[i] = 0;
    return buffer;
}

static int counter;
void bump(int by) { counter += by; }
int counter_value(void) { return counter; }

void *identity_ptr(void *p) { return p; }
