# A call of an @extern declaration inside a compiled function is a direct
# call of the C function: a guard that the global still holds the
# decorator's function object (its kr_code_info is the thunk's), inline
# argument conversions, the C call with C's prototype, the result converted
# inline. The generic kr_call remains only as the fallback.
# RUN: %krait build %s --emit=llvm -o %t.ll
# RUN: FileCheck %s --check-prefix=IR < %t.ll
# RUN: FileCheck %s --check-prefix=ONCE < %t.ll
# RUN: %krait build %s --emit=asm --target=cortex-m4f -o - | FileCheck %s --check-prefix=M4F
# RUN: %krait build %s --emit=asm --target=cortex-m3 -o - | FileCheck %s --check-prefix=M3
from krait import extern

@extern
def strlen(s: str) -> c_size_t: ...

@extern
def abs(x: int) -> int: ...

@extern
def scale(x: float, n: c_int32, y: c_float) -> c_double: ...

# IR-LABEL: define internal {{.*}}@py.length(
# IR: %info = load ptr
# IR-NEXT: icmp eq ptr %info, @kr_extern_info.__main__.strlen
# IR: icmp eq i64 %{{.*}}, ptrtoint (ptr @kr_type_str to i64)
# IR: %data = getelementptr inbounds i8, ptr %{{[0-9]+}}, i64 32
# IR-NEXT: call i64 @strlen(ptr {{.*}}%data)
# The str stays live (in the collector's view) during the C call.
# IR-NEXT: call void asm sideeffect "", "r"(i64 %param)
# A size_t result below 2**62 is tagged inline.
# IR-NEXT: icmp ult i64 %{{[0-9]+}}, 4611686018427387904
# ONCE-LABEL: define internal {{.*}}@py.length(
# ONCE: call i64 @kr_call(
# ONCE-NOT: call i64 @kr_call(
# ONCE: {{^}}}
def length(s):
    return strlen(s)

# LLVM knows libc's abs: the direct call becomes llvm.abs on the untagged int.
# IR-LABEL: define internal {{.*}}@py.magnitude(
# IR: icmp eq ptr %info, @kr_extern_info.__main__.abs
# IR: call i32 @llvm.abs.i32(
# ONCE-LABEL: define internal {{.*}}@py.magnitude(
# ONCE: call i64 @kr_call(
# ONCE-NOT: call i64 @kr_call(
# ONCE: {{^}}}
def magnitude(x):
    return abs(x)

# A small int converts with sitofp, a float object is unboxed.
# IR-LABEL: define internal {{.*}}@py.scaled(
# IR: icmp eq ptr %info, @kr_extern_info.__main__.scale
# IR: call double @scale(double 2.500000e+00, i32 %{{[0-9]+}}, float 2.500000e-01)
# ONCE-LABEL: define internal {{.*}}@py.scaled(
# ONCE: call i64 @kr_call(
# ONCE-NOT: call i64 @kr_call(
# ONCE: {{^}}}
def scaled(n):
    return scale(2.5, n, 0.25)

# IR: declare i64 @strlen(ptr
# IR: declare double @scale(double, i32, float)

# Cortex-M4F (hard-float ABI): the double goes in d0, the int in r0 and the
# float back-fills s2; the result comes back in d0 (kept, or passed on to
# kr_float_new as is).
# M4F-LABEL: py.scaled:
# M4F: movw [[INFO:r[0-9]+]], :lower16:kr_extern_info.__main__.scale
# M4F: vldr d0,
# M4F-DAG: asr{{.*}} r0, r{{[0-9]+}}, #1
# M4F-DAG: vmov.f32 s2, #2.500000e-01
# M4F: bl scale
# M4F-NEXT: {{vmov.*s0|vstr.*d0|bl kr_float_new}}

# Cortex-M3 (soft-float ABI): the double in r0:r1, the int in r2, the
# float's bits in r3.
# M3-LABEL: py.scaled:
# M3: movw r{{[0-9]+}}, :lower16:kr_extern_info.__main__.scale
# M3-DAG: movs r0, #0
# M3-DAG: movt r1, #16388
# M3-DAG: asr{{.*}} r2, r{{[0-9]+}}, #1
# M3-DAG: mov.w r3, #1048576000
# M3: bl scale
