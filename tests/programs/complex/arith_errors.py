cases = [lambda: 1j / 0, lambda: 1j / 0j, lambda: 1 / 0j, lambda: 2.0 / (0 + 0j),
         lambda: 1j // 2, lambda: 5 // 1j, lambda: 1j % 2, lambda: divmod(1j, 2),
         lambda: 0j ** -1, lambda: 0j ** 1j, lambda: 1j & 1, lambda: 1j << 1,
         lambda: ~1j, lambda: int(1j), lambda: float(1j), lambda: round(1j),
         lambda: 1j + "a", lambda: [1] * 1j, lambda: pow(1j, 2, 3)]
for f in cases:
    try:
        print(f())
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
