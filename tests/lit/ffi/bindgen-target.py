# krait bindgen parses the header for --target: its triple (char signedness,
# long's width, predefined macros such as __ARM_ARCH) and, on bare-metal
# targets, picolibc's headers instead of the host's.
# RUN: %krait bindgen --target cortex-m3 %S/Inputs/bindgen_target.h -o - \
# RUN:   | FileCheck %s --check-prefix=M3
# RUN: %krait bindgen --target riscv32imac %S/Inputs/bindgen_target.h -o - \
# RUN:   | FileCheck %s --check-prefix=RV
# The triple names a target too.
# RUN: %krait bindgen --target thumbv7em-none-eabihf %S/Inputs/bindgen_target.h -o - \
# RUN:   | FileCheck %s --check-prefix=M3
# M3: # 3 functions, 2 constants, 0 declarations skipped.
# M3: TG_ULONG_ALL = 4294967295
# M3-NEXT: TG_LONG_MAX = 2147483647
# M3: def tg_arm_only() -> None: ...
# M3-NOT: tg_riscv_only
# M3: def tg_char(c: c_uint8) -> c_uint8: ...
# M3: def tg_long(x: c_long) -> c_long: ...
# RV: TG_ULONG_ALL = 4294967295
# RV-NOT: tg_arm_only
# RV: def tg_riscv_only() -> None: ...
# RV: def tg_char(c: c_uint8) -> c_uint8: ...

# On x86-64 Linux, char is signed, long has 64 bits and picolibc.h is not
# there: the error is positioned and nothing is written.
# RUN: %krait bindgen %S/Inputs/bindgen_types.h -o - | FileCheck %s --check-prefix=HOST
# HOST: def bg_char(c: c_int8) -> c_int8: ...
# RUN: not %krait bindgen --target x86_64-linux %S/Inputs/bindgen_target.h -o %t.py 2>&1 \
# RUN:   | FileCheck %s --check-prefix=NOPICO
# RUN: not test -e %t.py
# NOPICO: bindgen_target.h:3:10: error: 'picolibc.h' file not found

# An unknown target is a usage error (status 2).
# RUN: not %krait bindgen --target pdp11 %S/Inputs/bindgen_target.h -o - 2>&1 \
# RUN:   | FileCheck %s --check-prefix=UNKNOWN
# UNKNOWN: krait: error: unknown target 'pdp11'
