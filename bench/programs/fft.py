# fft: iterative radix-2 Cooley-Tukey FFT of a deterministic real signal of
# 2**k samples held in two float lists, then the inverse transform; prints
# rounded spectrum magnitudes and the round-trip error class.
import math
import sys


def bit_reverse(re, im):
    n = len(re)
    j = 0
    for i in range(1, n):
        bit = n >> 1
        while j & bit:
            j ^= bit
            bit >>= 1
        j |= bit
        if i < j:
            re[i], re[j] = re[j], re[i]
            im[i], im[j] = im[j], im[i]


def fft(re, im, inverse):
    n = len(re)
    bit_reverse(re, im)
    size = 2
    sign = 1.0 if inverse else -1.0
    while size <= n:
        half = size // 2
        angle = sign * 2.0 * math.pi / size
        wr = [math.cos(angle * k) for k in range(half)]
        wi = [math.sin(angle * k) for k in range(half)]
        for start in range(0, n, size):
            for k in range(half):
                a = start + k
                b = a + half
                tr = wr[k] * re[b] - wi[k] * im[b]
                ti = wr[k] * im[b] + wi[k] * re[b]
                re[b] = re[a] - tr
                im[b] = im[a] - ti
                re[a] += tr
                im[a] += ti
        size *= 2
    if inverse:
        for i in range(n):
            re[i] /= n
            im[i] /= n


def signal(n):
    # A sum of three tones plus a deterministic pseudo-random noise.
    seed = 12345
    out = []
    for i in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        noise = (seed / 2147483648.0 - 0.5) * 0.1
        t = i / n
        out.append(math.sin(2 * math.pi * 5 * t) + 0.5 * math.sin(2 * math.pi * 40 * t)
                   + 0.25 * math.cos(2 * math.pi * 123 * t) + noise)
    return out


def main(log_n, rounds):
    n = 1 << log_n
    x = signal(n)
    peaks = []
    err = 0.0
    for _ in range(rounds):
        re = x[:]
        im = [0.0] * n
        fft(re, im, False)
        mags = [(re[k] * re[k] + im[k] * im[k]) ** 0.5 for k in range(n // 2)]
        peaks = sorted(range(len(mags)), key=lambda k: -mags[k])[:3]
        peak_mags = " ".join("%.4f" % (mags[k] / n) for k in peaks)
        fft(re, im, True)
        err = max(abs(re[i] - x[i]) for i in range(n))
    print("peaks:", peaks, peak_mags)
    print("round trip ok:", err < 1e-9)


log_n = int(sys.argv[1]) if len(sys.argv) > 1 else 15
main(log_n, 4)
