#include <stdio.h>
#include "initfail.h"

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    int status = initfail_init();
    printf("init: %d (%s)\n", status, initfail_error_message());
    long long v = (long long)initfail_answer();
    printf("answer: %lld, status %d, message '%s'\n", v, initfail_last_error(),
           initfail_error_message());
    return 0;
}
