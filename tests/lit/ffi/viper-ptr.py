# Indexing viper's ptrN(x) compiles to one volatile access of the width at
# base + i*N, after checking the object's type and a small-int index.
# RUN: %krait build %s --emit=llvm -o - | FileCheck %s
# RUN: %krait build %s --emit=asm --target=cortex-m3 -o - | FileCheck %s --check-prefix=ARM
import micropython

# CHECK-LABEL: define {{.*}}get32
# CHECK: %ptr.type = load ptr
# CHECK: icmp eq ptr %ptr.type, @kr_type_viper_ptr32
# CHECK: %ptr.base = load i64
# CHECK: load volatile i32, ptr %ptr.addr, align 1
# ARM-LABEL: py.get32:
# ARM: movw r{{[0-9]+}}, :lower16:kr_type_viper_ptr32
# ARM: ldr [[BASE:r[0-9]+]], [r{{[0-9]+}}, #4]
# ARM: ldr r{{[0-9]+}}, [[[BASE]], r{{[0-9]+}}]
# ARM-NEXT: movs r1, #0
# ARM-NEXT: bl kr_int_from_i64
@micropython.viper
def get32(addr: int, i: int) -> int:
    return ptr32(addr)[i]

# CHECK-LABEL: define {{.*}}put8
# CHECK: icmp eq ptr %ptr.type, @kr_type_viper_ptr8
# CHECK: store volatile i8 %{{.*}}, ptr %ptr.addr, align 1
# CHECK: call {{.*}}@kr_setitem
# ARM-LABEL: py.put8:
# ARM: strb r{{[0-9]+}}, [r{{[0-9]+}}, r{{[0-9]+}}]
@micropython.viper
def put8(buf, i: int, v: int):
    ptr8(buf)[i] = v
