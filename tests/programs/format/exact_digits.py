# Digits beyond the 17th come from the exact binary value on every target.
print("%.20f" % 0.1, "{:.17g}".format(0.1), "{:.25e}".format(1 / 3), format(10**25, ".2f"))
print(format(2.0 ** -30, ".40f"), format(5e-324, ".5e"), format(1.7976931348623157e308, ".3e"))
print(format(123456789.123456789, ".15f"), "%.30g" % 0.3, format(2.0 ** 70, "f"), format(0.5, ".0f"), format(1.5, ".0f"))
print(round(2.675, 2), round(0.1, 20), round(-1.005, 2), round(1e300, 300) == 1e300, round(5e-324, 400))
