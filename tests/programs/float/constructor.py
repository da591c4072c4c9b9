print(float(), float(3), float(True), float(-2**70), float(2.5), float("  -12.5e-1 "))
for v in [[1], None, {}, 1j]:
    try:
        float(v)
    except TypeError as e:
        print("TypeError:", e)
