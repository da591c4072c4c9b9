print(1e300 * 1e10, -1e300 * 1e10, float("inf") - float("inf"), 1e308 + 1e308, 2.0 ** 1023 * 2, 10.0 ** 308 * 10)
print(float(2**1023) == 2.0 ** 1023, float(2**64 - 1), float(-(2**63)))
