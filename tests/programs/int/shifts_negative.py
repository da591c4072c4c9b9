print(-7 >> 1, -7 >> 2, -7 >> 100, -1 >> 1, -(2**100) >> 99, -(2**100) >> 200, -(2**100 + 1) >> 100)
print(-1 << 70, -5 << 3, 5 << 0, 1 << 64, (2**64) >> 63, 3 << 100 >> 99)
for f in [lambda: 1 << -1, lambda: 1 >> -1, lambda: 2**70 << -2]:
    try:
        print(f())
    except ValueError as e:
        print("ValueError:", e)
