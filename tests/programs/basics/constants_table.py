# Every kind of module constant, made once at start-up from the module's
# constant table: str (with non-ASCII and NUL), bytes (with NUL), floats
# (signed zero, inf, tiny), big ints of both signs, and the keyword-name
# tuples of calls. Identical literals are one object; a GC run after start-up
# keeps them all.
import gc


def kw(a=0, b=0, *, c=0, **rest):
    return (a, b, c, sorted(rest.items()))


def same(x):
    return x


s = "héllo\x00wörld"
b = b"\x00\x01\xffend"
print(len(s), s[5] == "\x00", s.encode())
print(len(b), b[0], b[2], b)
print(1.5, -0.0, 1e308 * 10, 0.25)
big = 123456789012345678901234567890
neg = -98765432109876543210987654321
print(big, neg, big + neg, -neg > big)
print(kw(1, b=2, c=3), kw(c=4, z=5, y=6), kw(a=7, b=8))
gc.collect()
print(kw(b=9), "héllo\x00wörld" == s, same("x" "y") is same("xy"))
for i in range(3):
    print(kw(i, c=i * 2, q="é"))
print(-0.0 == 0.0, str(-0.0), float("inf") == 1e308 * 10)
print(0xFFFFFFFFFFFFFFFFFFFF, -0xFFFFFFFFFFFFFFFFFFFF)
