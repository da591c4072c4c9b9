#include <stdio.h>
#include <string.h>
#include "mathlib.h"

static void report(const char *what) {
    printf("%s: status %d, message '%s'\n", what, mathlib_last_error(), mathlib_error_message());
    fflush(stdout);
}

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    mathlib_add(1, 2);
    report("before init");
    if (mathlib_init() != MATHLIB_OK) { report("init"); return 1; }
    printf("add: %lld\n", (long long)mathlib_add(40, 2));
    printf("big add: %lld\n", (long long)mathlib_add(4611686018427387903LL, 1));
    printf("scale: %g\n", mathlib_scale(1.5, 3));
    printf("greet: %s\n", mathlib_greet("world"));
    printf("is_even: %d %d\n", mathlib_is_even(10), mathlib_is_even(7));
    const uint8_t data[] = {1, 2, 3, 250};
    printf("checksum: %lld\n", (long long)mathlib_checksum(data, sizeof data));
    size_t n = 0;
    const uint8_t *r = mathlib_reverse(data, sizeof data, &n);
    printf("reverse: %zu bytes:", n);
    for (size_t i = 0; i < n; i++) printf(" %d", r[i]);
    printf("\n");
    mathlib_bump();
    mathlib_bump();
    printf("div: %lld\n", (long long)mathlib_div(7, 2));
    report("div ok");
    mathlib_div(1, 0);
    report("div by zero");
    mathlib_bad_result();
    report("bad result");
    printf("magnitude: %lld\n", (long long)mathlib_magnitude(-77));
    printf("add after error: %lld\n", (long long)mathlib_add(2, 3));
    report("add");
    long long total = 0;
    for (int i = 0; i < 100000; i++) {
        char buf[32];
        snprintf(buf, sizeof buf, "n%d", i);
        const char *g = mathlib_greet(buf);
        total += (long long)strlen(g);
    }
    printf("loop total: %lld\n", total);
    return 0;
}
