/* C's main() on the board: uses firmlib through its header only. */
#include "firmlib.h"

int main(void) {
    if (firmlib_init() != FIRMLIB_OK) return 3;
    firmlib_record("init", 1);
    int64_t sum = 0;
    for (int i = 1; i <= 10; i++)
        sum += i * i;
    firmlib_record("squares", sum);
    firmlib_record("uart", firmlib_uart_ctrl(3));
    firmlib_fail(0);
    if (firmlib_last_error() != FIRMLIB_EXCEPTION) return 4;
    firmlib_record("after error", firmlib_fail(5));
    const char *s = firmlib_summary();
    int n = 0;
    while (s[n])
        n++;
    firmlib_record("summary length", n);
    return 0;
}
