# mandelbrot: iterate z = z*z + c with complex numbers over a w x w grid of
# the square [-1.5-1i, 0.5+1i]; print the number of points in the set and a
# checksum of the escape iteration counts.
import sys

MAX_ITER = 50


def escape_time(c):
    z = 0j
    for i in range(MAX_ITER):
        z = z * z + c
        if z.real * z.real + z.imag * z.imag > 4.0:
            return i
    return MAX_ITER


def mandelbrot(w):
    inside = 0
    checksum = 0
    for y in range(w):
        ci = 2.0 * y / w - 1.0
        for x in range(w):
            c = complex(2.0 * x / w - 1.5, ci)
            k = escape_time(c)
            if k == MAX_ITER:
                inside += 1
            checksum = (checksum * 31 + k) % 1000000007
    return inside, checksum


w = int(sys.argv[1]) if len(sys.argv) > 1 else 600
inside, checksum = mandelbrot(w)
print("inside:", inside)
print("checksum:", checksum)
