#include <stdio.h>
#include <string.h>
#include "stackgc.h"

/* Initialise from a deep frame, so later calls from main run above it. */
static int deep_init(int depth) {
    volatile char pad[4096];
    memset((char *)pad, 0, sizeof pad);
    if (depth > 0) return deep_init(depth - 1) + pad[depth];
    return stackgc_init();
}

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    if (deep_init(8) != STACKGC_OK) {
        printf("init failed: %s\n", stackgc_error_message());
        return 1;
    }
    printf("store: %lld\n", (long long)stackgc_store("a", 1000));
    printf("store: %lld\n", (long long)stackgc_store("b", 10));
    printf("area a: %lld\n", (long long)stackgc_area_sum("a"));
    printf("area b: %lld\n", (long long)stackgc_area_sum("b"));
    const char *d = stackgc_describe("a");
    printf("describe: %s\n", d);
    stackgc_missing("zzz");
    printf("missing: %d %s\n", stackgc_last_error(), stackgc_error_message());
    return 0;
}
