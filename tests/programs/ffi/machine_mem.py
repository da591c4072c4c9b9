# machine.mem8/16/32 on a buffer of our own: find a bytes object's data by
# its contents, then read and write it through the memory objects.
import machine
from machine import mem8, mem16, mem32

print(mem8, mem16, mem32)

buf = bytes([0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88, 0x99, 0xAA, 0xBB, 0xCC])
base = id(buf)
addr = None
for off in range(0, 48, 4):
    if mem32[base + off] == 0x44332211 and mem32[base + off + 4] == 0x88776655:
        addr = base + off
        break
print(addr is not None)

print(hex(mem8[addr]), hex(mem8[addr + 3]))
print(hex(mem16[addr]), hex(mem16[addr + 2]))
print(hex(mem32[addr + 8]))

mem8[addr] = 0x1FF  # the low 8 bits
mem16[addr + 2] = -2  # truncated: 0xfffe
mem32[addr + 4] = 0xDEADBEEF
print(buf[:8] == bytes([0xFF, 0x22, 0xFE, 0xFF, 0xEF, 0xBE, 0xAD, 0xDE]))
print(hex(mem32[addr]), hex(mem32[addr + 4]))

m = machine.mem16
m[addr + 8] = 0x1234
print(hex(m[addr + 8]), hex(mem8[addr + 9]))

for off, width in ((2, 4), (1, 2)):
    try:
        if width == 4:
            mem32[addr + off]
        else:
            mem16[addr + off] = 0
    except ValueError as e:
        expected = "address %08x is not aligned to %d bytes" % ((addr + off) & 0xFFFFFFFF, width)
        print("ValueError", str(e) == expected, str(e)[17:])
try:
    mem8["x"]
except TypeError as e:
    print("TypeError:", e)
try:
    mem8[addr] = 1.5
except TypeError as e:
    print("TypeError:", e)
try:
    del mem8[addr]
except TypeError as e:
    print("TypeError:", e)
