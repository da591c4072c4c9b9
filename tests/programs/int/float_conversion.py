print(int(3.9), int(-3.9), int(1e20), int(-1e25), int(2.0**80), int(0.99999), int(-0.0), int(True))
print(float(2**70), float(-(10**25)), float(2**63), 2**64 / 2**10, 10**30 / 7, 7 / 10**30)
for x in [float("inf"), float("-inf"), float("nan")]:
    try:
        int(x)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
