class M(int): pass
print([1] * M(2), M(2) * [1], "ab" * M(2), (0,) * M(3))
print(round(3.14159, M(2)), round(M(15), -1))
print("abc".center(M(7), "*"), "abcabc".find("c", M(3)), "a,b,c".split(",", M(1)))
print([1, 2, 3].pop(M(0)), list(range(5))[M(-2)])
class F(float): pass
print(round(F(2.675), 2), round(F(0.5)), round(F(1.5)))
