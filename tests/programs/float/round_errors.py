for f in [lambda: round(float("inf")), lambda: round(float("-inf")), lambda: round(float("nan")), lambda: round(1.5, 1.5), lambda: round(1.5, "2")]:
    try:
        print(f())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
