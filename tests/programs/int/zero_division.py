for f in [lambda: 1 // 0, lambda: 1 % 0, lambda: divmod(1, 0), lambda: 2**100 // 0, lambda: 2**100 % 0, lambda: 1 / 0, lambda: 0 ** -1, lambda: 5 // False]:
    try:
        print(f())
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
