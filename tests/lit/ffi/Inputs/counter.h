/* A small C API for the bindgen tests. */
#ifndef COUNTER_H
#define COUNTER_H
#include <stddef.h>
#include <stdint.h>

#define COUNTER_LIMIT 100
#define COUNTER_FLAGS (0x10u)
#define COUNTER_NEG (-7)
#define COUNTER_VERSION "1.0"

enum counter_mode { COUNTER_UP = 1, COUNTER_DOWN = -1 };

typedef struct counter counter;

counter *counter_new(const char *name, enum counter_mode mode);
int counter_step(counter *c, int times);
int64_t counter_value(const counter *c);
const char *counter_name(const counter *c);
size_t counter_sum(const uint8_t *data, size_t len);
double counter_ratio(const counter *c, float scale);
void counter_free(counter *c);
int counter_printf(const char *fmt, ...);
#endif
