# viper's typed pointers over a bytearray (and an address): reads are
# unsigned words of the width, stores keep the low bits, indices scale.
import micropython


@micropython.viper
def fill(buf, n: int):
    for i in range(n):
        ptr8(buf)[i] = i * 17


@micropython.viper
def sum16(buf, n: int) -> int:
    s = 0
    for i in range(n):
        s += ptr16(buf)[i]
    return s


@micropython.viper
def word(buf, i: int) -> int:
    return ptr32(buf)[i]


@micropython.viper
def set_word(buf, i: int, v: int):
    ptr32(buf)[i] = v


b = bytearray(16)
fill(b, 16)
print(list(b[:8]))
print(sum16(b, 8) == sum(b[2 * i] | (b[2 * i + 1] << 8) for i in range(8)))
print(hex(word(b, 1)))
set_word(b, 0, -1)
set_word(b, 3, 0x12345678)
print(list(b[:4]), hex(word(b, 0)), hex(word(b, 3)), list(b[12:]))

p = ptr8(b)
print(type(p).__name__, p[2], p[-0])
p[1] = 0x1FF
print(b[1])
q = ptr16(b)
print(hex(q[6]), hex(q[7]))
try:
    ptr32("x")
except TypeError as e:
    print("TypeError:", e)
try:
    p["i"]
except TypeError as e:
    print("TypeError:", e)
try:
    del p[0]
except TypeError as e:
    print("TypeError:", e)
