#include "counter.h"

#include <stdlib.h>
#include <string.h>

struct counter {
    char name[32];
    int mode;
    int64_t value;
};

counter *counter_new(const char *name, enum counter_mode mode) {
    counter *c = calloc(1, sizeof *c);
    strncpy(c->name, name, sizeof c->name - 1);
    c->mode = mode;
    return c;
}

int counter_step(counter *c, int times) {
    for (int i = 0; i < times && c->value < COUNTER_LIMIT; i++)
        c->value += c->mode;
    return (int)c->value;
}

int64_t counter_value(const counter *c) { return c->value; }
const char *counter_name(const counter *c) { return c->name; }

size_t counter_sum(const uint8_t *data, size_t len) {
    size_t s = 0;
    for (size_t i = 0; i < len; i++)
        s += data[i];
    return s;
}

double counter_ratio(const counter *c, float scale) { return (double)c->value * scale / 100.0; }
void counter_free(counter *c) { free(c); }
