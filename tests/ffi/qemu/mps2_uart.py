# A peripheral's registers through machine.memN on the MPS2 boards
# (mps2-an385/an386/an500): the CMSDK UART0 at 0x40004000. CTRL and BAUDDIV
# read back what was written; with the transmitter enabled, writing DATA
# sends a byte (QEMU has no serial port attached, so it goes nowhere) and
# the TX-full bit of STATE stays clear.
import machine
from machine import mem32, mem8

UART0 = 0x40004000
DATA = UART0
STATE = UART0 + 4
CTRL = UART0 + 8
BAUDDIV = UART0 + 0x10

print(hex(mem32[0x40004008]))
mem32[0x40004010] = 16
print(mem32[0x40004010])
mem32[0x40004008] = 1  # TX enable
print(mem32[CTRL])
for c in b"hi\n":
    mem8[DATA] = c
    print(mem32[STATE] & 1)
machine.mem32[CTRL] = 0
print(machine.mem32[CTRL], mem32[BAUDDIV])
try:
    mem32[CTRL + 2] = 1
except ValueError as e:
    print(e)
