/* mandelbrot in C: the same grid, complex iteration (written out on real
 * and imaginary parts in the order Python's complex multiply uses) and
 * output as bench/programs/mandelbrot.py. */
#include <stdio.h>
#include <stdlib.h>

enum { MAX_ITER = 50 };

static int escape_time(double cr, double ci) {
    double zr = 0.0, zi = 0.0;
    for (int i = 0; i < MAX_ITER; i++) {
        double sr = zr * zr - zi * zi, si = zr * zi + zi * zr;
        zr = sr + cr;
        zi = si + ci;
        if (zr * zr + zi * zi > 4.0)
            return i;
    }
    return MAX_ITER;
}

int main(int argc, char **argv) {
    int w = argc > 1 ? atoi(argv[1]) : 600;
    long long inside = 0, checksum = 0; /* 64-bit on 32-bit targets too */
    for (int y = 0; y < w; y++) {
        double ci = 2.0 * y / w - 1.0;
        for (int x = 0; x < w; x++) {
            int k = escape_time(2.0 * x / w - 1.5, ci);
            if (k == MAX_ITER)
                inside++;
            checksum = (checksum * 31 + k) % 1000000007;
        }
    }
    printf("inside: %lld\nchecksum: %lld\n", inside, checksum);
    return 0;
}
