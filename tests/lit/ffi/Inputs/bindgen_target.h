/* C types and headers depend on the target bindgen parses for. */
#include <limits.h>
#include <picolibc.h> /* only in the bare-metal targets' C library */

#define TG_ULONG_ALL (~0UL)
#define TG_LONG_MAX LONG_MAX

#if defined(__ARM_ARCH)
void tg_arm_only(void);
#endif
#ifdef __riscv
void tg_riscv_only(void);
#endif
char tg_char(char c);
long tg_long(long x);
