#include <stdio.h>
#include <string.h>
#include "reentry.h"

/* Called from Python through @extern; calls back into the library. */
int c_twice(int n) {
    int64_t a = reentry_square(n);
    int64_t b = reentry_square(-1); /* raises ValueError inside the callback */
    if (reentry_last_error() != REENTRY_EXCEPTION) return -1000;
    return (int)(a + a + b);
}

static char copy[64];
const char *c_describe(int n) {
    const char *s = reentry_label(n);
    strncpy(copy, s, sizeof copy - 1);
    return copy;
}

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    if (reentry_init() != REENTRY_OK) return 1;
    long long total = (long long)reentry_sum_of_twice(4);
    printf("sum_of_twice: %lld status %d '%s'\n", total, reentry_last_error(),
           reentry_error_message());
    printf("describe: %s status %d\n", reentry_describe(7), reentry_last_error());
    return 0;
}
