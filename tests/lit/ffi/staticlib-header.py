# --emit=staticlib writes the archive and NAME.h beside it, with one C
# declaration per @export function (decorated directly or as krait.export).
# RUN: rm -rf %t && mkdir -p %t && cp %s %t/shapes.py
# RUN: %krait build %t/shapes.py --emit=staticlib -o %t/libshapes.a
# RUN: FileCheck %s < %t/shapes.h
# RUN: llvm-nm-19 %t/libshapes.a | FileCheck %s --check-prefix=SYMS
import krait
from krait import export as exp

# CHECK: #define SHAPES_OK 0
# CHECK: #define SHAPES_EXCEPTION 1
# CHECK: #define SHAPES_NOT_INITIALISED 2
# CHECK: int shapes_init(void);
# CHECK: int shapes_last_error(void);
# CHECK: const char *shapes_error_message(void);

# CHECK: /* def area(w: float, h: float) -> float */
# CHECK-NEXT: double shapes_area(double w, double h);
@exp
def area(w: float, h: float) -> float:
    return w * h

# CHECK: /* def name(int: int, flag: bool) -> str */
# CHECK-NEXT: const char *shapes_name(int64_t int_, bool flag);
@krait.export
def name(int: int, flag: bool) -> str:
    return str(int) + str(flag)

# CHECK: /* def pack(data: bytes) -> bytes */
# CHECK-NEXT: const uint8_t *shapes_pack(const uint8_t *data, size_t data_len, size_t *result_len);
@exp
def pack(data: bytes) -> bytes:
    return data

# CHECK: /* def reset() -> None */
# CHECK-NEXT: void shapes_reset(void);
@exp
def reset():
    pass

# Not exported: no C function.
def helper() -> int:
    return 1

# SYMS: T shapes_area
# SYMS: T shapes_error_message
# SYMS: T shapes_init
# SYMS: T shapes_last_error
# SYMS: T shapes_name
# SYMS: T shapes_pack
# SYMS: T shapes_reset
# SYMS-NOT: shapes_helper
