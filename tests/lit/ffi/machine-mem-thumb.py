# On Cortex-M3 a peripheral register access is one strb/ldr at the
# register's address (a 32-bit word read then becomes an int: it may not fit
# a 31-bit small int).
# RUN: %krait build %s --emit=asm --target=cortex-m3 -o - | FileCheck %s
import machine
from machine import mem32

# CHECK-LABEL: py.write_byte:
# CHECK: movw r{{[0-9]+}}, :lower16:kr_machine_mem8
# CHECK: mov.w [[REG:r[0-9]+]], #1073758208
# CHECK-NEXT: strb r{{[0-9]+}}, [[[REG]]]
def write_byte(c):
    machine.mem8[0x40004000] = c

# CHECK-LABEL: py.status:
# CHECK: movw r{{[0-9]+}}, :lower16:kr_machine_mem32
# CHECK: movw [[REG:r[0-9]+]], #16388
# CHECK-NEXT: movt [[REG]], #16384
# CHECK-NEXT: ldr r{{[0-9]+}}, [[[REG]]]
# CHECK-NEXT: movs r1, #0
# CHECK-NEXT: bl kr_int_from_i64
def status():
    return mem32[0x40004004]

# CHECK-LABEL: py.reg:
# CHECK: ldrh{{(eq)?}} r{{[0-9]+}}, [r{{[0-9]+}}]
def reg(addr):
    return machine.mem16[addr]

# CHECK: .weak kr_machine_mem8
