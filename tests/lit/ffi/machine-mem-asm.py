# machine.memN[addr] compiles to one volatile access of the width, guarded by
# an address check that the indexed object is the runtime's memN object.
# RUN: %krait build %s --emit=asm -o - | FileCheck %s
# RUN: %krait build %s --emit=llvm -o - | FileCheck %s --check-prefix=IR
import machine
from machine import mem32

# The objects are referenced weakly: a program without the machine module
# links none, and the check is then false.
# IR: @kr_machine_mem8 = extern_weak global i8

# A constant address is used as is.
# CHECK-LABEL: write_byte
# CHECK: cmpq kr_machine_mem8@GOTPCREL(%rip)
# CHECK: movb %{{[a-z0-9]+}}, 1073758208
# IR-LABEL: define {{.*}}write_byte
# IR: store volatile i8 %{{.*}}, ptr inttoptr (i64 1073758208 to ptr), align 1
def write_byte(c):
    machine.mem8[0x40004000] = c

# CHECK-LABEL: status
# CHECK: cmpq kr_machine_mem32@GOTPCREL(%rip)
# CHECK: movl 1073758212, %e{{[a-z]+}}
# IR-LABEL: define {{.*}}status
# IR: load volatile i32, ptr inttoptr (i64 1073758212 to ptr), align 4
def status():
    return mem32[0x40004004]

# A variable address: untagged inline when it is an aligned small int.
# CHECK-LABEL: reg
# CHECK: cmpq kr_machine_mem16@GOTPCREL(%rip)
# CHECK: movzwl (%r{{[a-z0-9]+}}), %e{{[a-z]+}}
# IR-LABEL: define {{.*}}reg
# IR: load volatile i16, ptr %mem.addr, align 2
def reg(addr):
    return machine.mem16[addr]

# IR-LABEL: define {{.*}}setreg
# IR: store volatile i32 %{{.*}}, ptr %mem.addr, align 4
# IR: call {{.*}}@kr_setitem
def setreg(addr, v):
    mem32[addr] = v

