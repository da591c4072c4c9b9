print(abs(-3), abs(-2.5), all([]), any([0, 1]), bin(10), bin(-3), callable(len), chr(65), divmod(7, -2), divmod(7.5, 2))
print(list(enumerate("ab", 1)), list(filter(None, [0, 1, 2])), list(filter(lambda x: x > 1, [1, 2, 3])))
print(hex(255), hex(-1), oct(8), ord("a"), pow(2, 10), pow(2, -1), pow(3, 4, 5))
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "end"))
c = [0]
def f():
    c[0] += 1
    return c[0]
print(list(iter(f, 4)))
print(max([3, 1, 2]), max(3, 1, 2), max([], default=9), max(["aa", "b"], key=len), min("bca"), min([], default=None), min([1, -5, 3], key=abs))
print(list(map(lambda a, b: a + b, [1, 2], [10, 20])), list(reversed([1, 2, 3])), list(reversed(range(3))), list(reversed("abc")))
print(round(2.5), round(3.5), round(-2.5), round(1.2345, 2), round(1234, -2), round(2.675, 2), type(round(2.5)))
print(sorted([3, 1, 2], reverse=True), sorted(["b", "A", "c"], key=str.lower), sum([1, 2, 3], 10), sum([0.5, 0.25]))
print(list(zip([1, 2, 3], "ab")), list(zip()), repr("a'b"), isinstance(1, (str, int)), issubclass(bool, int))
print(len(range(0, 10, 3)), range(10)[2:5], range(10).index(3), 5 in range(0, 10, 5), range(1, 5)[-1])
print(hash(1) == hash(1.0), id(1) == id(1), type(hash("a")))
print("a", "b", sep="-", end="!\n")
import sys
print("to stderr", file=sys.stderr)
print(int("ff", 16), int("0x1f", 0), int(" 12 "), int("1_000"), float(" 1.5 "), str(b"x", "utf-8"))
print(list(range(5))[::-2], "abc"[::-1], (1, 2, 3)[1:])
print(format(3.14159, ".2f"), format(42, "08b"), "{:>6}|{:<4}|{:^5}".format("a", "b", "c"))
print("x")
print(sorted(set([3, 1])), frozenset([1]), {1, 2} | {3}, {1: 2}.items())
print(bytes(3), bytes([65, 66]), b"ab".hex(), bytearray(b"xy"))
print(getattr(1, "nope", 7), hasattr("", "upper"), type(None).__name__)
print(divmod(-7, 2), -7 // 2, -7 % 2, 7 % -2, 2 ** -1, 10 / 4, 0.1 + 0.2)
print(str.join(",", ["a", "b"]), "a,b,,c".split(","), "  x ".strip(), "abc".startswith(("x", "a")))
