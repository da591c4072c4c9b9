def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
class M(int):
    pass
class F(float):
    pass
m = M(5)
print(int(m), type(int(m)).__name__)
print(float(m), int(M(-7)))
print(float(F(2.5)), int(F(2.5)), int(F(-2.5)))
print(str(m), m + 1, m * 2, -m)
print([10, 20, 30, 40, 50, 60][m], "abcdefg"[M(2)])
print((1, 2, 3)[M(-1)], [1, 2, 3][M(0):M(2)])
print(isinstance(m, int), isinstance(m, M), type(m).__name__)
print(hex(M(255)), oct(M(8)), bin(M(5)))
print([0, 1, 2, 3, 4, 5][M(1):M(5):M(2)])
