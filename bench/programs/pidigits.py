# pidigits: the first n decimal digits of pi by Gibbons' unbounded spigot
# algorithm, which works on ever-growing integers (big-int arithmetic).
# Prints the digits ten per line, each line followed by its running count.
import sys


def pi_digits(n):
    q, r, t, k, digit, i = 1, 0, 1, 1, 3, 3
    count = 0
    while count < n:
        if 4 * q + r - t < digit * t:
            yield digit
            count += 1
            nr = 10 * (r - digit * t)
            digit = (10 * (3 * q + r)) // t - 10 * digit
            q *= 10
            r = nr
        else:
            nr = (2 * q + r) * i
            nd = (q * (7 * k) + 2 + (r * i)) // (t * i)
            q *= k
            t *= i
            i += 2
            k += 1
            r = nr
            digit = nd


def main(n):
    line = []
    printed = 0
    for d in pi_digits(n):
        line.append(str(d))
        printed += 1
        if len(line) == 10:
            print("%s\t:%d" % ("".join(line), printed))
            line = []
    if line:
        print("%s%s\t:%d" % ("".join(line), " " * (10 - len(line)), printed))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 5000)
