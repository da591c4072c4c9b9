# comparisons between big and small ints, and ints and floats
big = 2 ** 100
print(big > 1, big < 1, 1 < big, -big < 1, -big < -1)
print(big == 2 ** 100, big != 2 ** 100 + 1, big == 1)
print(2 ** 64 > 2 ** 63, -(2 ** 64) < -(2 ** 63))
print(max(1, big, -big) == big, min(5, -big) == -big)
print(big > 1.5, big < 1e40, 1.5 < big)
print(2 ** 62 == 4611686018427387904)
print(5 == 5.0, 5 < 5.5, 5 > 4.999)
print(0 == -0, 0 == 0.0, 0 == -0.0)
