def mandel(c, limit=50):
    z = 0j
    for i in range(limit):
        z = z * z + c
        if abs(z) > 2:
            return i
    return limit
for y in range(-5, 6):
    row = ""
    for x in range(-20, 8):
        n = mandel(complex(x / 10, y / 5))
        row += "#" if n == 50 else "." if n > 5 else " "
    print(row)
