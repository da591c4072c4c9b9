for f in [lambda: 1j < 2j, lambda: 1j > 0, lambda: 0 <= 1j, lambda: 1.5 >= 1j, lambda: sorted([1j, 2j])]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
