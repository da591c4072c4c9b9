# RUN: %krait build --emit=llvm -O2 %s -o - | FileCheck %s
# RUN: %krait build --emit=llvm -O2 --no-runtime-inlining %s -o - | FileCheck %s --check-prefix=OFF
# RUN: %krait build --emit=llvm -O1 %s -o - | FileCheck %s --check-prefix=OFF
# RUN: %krait build --emit=asm -O2 %s -o - | FileCheck %s --check-prefix=ASM
# RUN: %krait build --emit=asm -O2 --target riscv32imac %s -o - | FileCheck %s --check-prefix=RV
# At -O2 codegen imports the bodies of small runtime functions called in a
# loop from the runtime's bitcode (codegen/RuntimeInlining.h) as
# available_externally definitions, so LLVM inlines them: in `total`, the
# loop's kr_iter_next becomes the type's iternext slot called directly, and
# boxing the float sum (kr_float_new) becomes the allocator's bump (gc_fast.h)
# plus two stores. Calls outside loops stay calls (kr_iter runs once). -O1 and
# --no-runtime-inlining keep every runtime call.

# CHECK-LABEL: define internal {{.*}}@py.total(
# CHECK: call i64 @kr_iter(
# CHECK: kr_iter_next.exit:
# CHECK: load {{.*}}@kr_gc_bumps
# CHECK: kr_float_new.exit:
# CHECK: store ptr @kr_type_float, ptr
# CHECK: store double
# CHECK-LABEL: {{^}}}
# Nothing of the runtime is defined in the module: the imported bodies were
# only there for the inliner (the program still links libkrait_rt.a's).
# CHECK-NOT: define {{.*}}@kr_iter_next(
# CHECK-NOT: define {{.*}}@kr_float_new(
# CHECK-NOT: define {{.*}}@_Z10kr_type_ofm(
# CHECK: declare {{.*}}@kr_iter(

# OFF-LABEL: define internal {{.*}}@py.total(
# OFF: call i64 @kr_iter(
# OFF: call i64 @kr_iter_next(
# OFF: call i64 @kr_float_new(
# OFF-LABEL: {{^}}}

# The object defines no runtime symbol (the asm lists every definition).
# ASM-NOT: {{^}}kr_iter_next:
# ASM-NOT: {{^}}kr_float_new:
# ASM-NOT: {{^}}_Z10kr_type_ofm:
# ASM: {{^}}py.total:
# ASM-NOT: {{^}}kr_iter_next:
# ASM-NOT: {{^}}kr_float_new:
# ASM-NOT: {{^}}_Z10kr_type_ofm:
# ASM: {{^}}krait_main:
# ASM-NOT: {{^}}kr_iter_next:
# ASM-NOT: {{^}}kr_float_new:
# ASM-NOT: {{^}}_Z10kr_type_ofm:

# The RISC-V runtime defines its start-up, trap and semihosting entries in
# top-level asm: that stays in the archive too (a copy would clash at link).
# RV: {{^}}py.total:
# RV-NOT: kr_start:
# RV-NOT: kr_trap_entry:
# RV-NOT: kr_semihost_call:
# RV-NOT: {{^}}kr_iter_next:


def total(seq):
    t = 0
    for x in seq:
        t = t + x
    return t


print(total([0.5, 1, 2.25]))
