print(format(2.5, ".0f"), format(3.5, ".0f"), format(0.05, ".1f"), format(0.25, ".1f"), format(2.675, ".2f"), format(1 / 3, ".10f"))
print(format(0.1, ".20f"), format(1e20, "f"), format(1e-7, "f"), format(123456789.0, "g"), format(1e-5, "g"), format(0.0001, "g"))
print(format(-0.0, "g"), format(0.0, "e"), format(15000, ".0e"), format(-0.000123456, "+.3e"), format(1.0, "10.2e"), format(0.1, ".15g"), format(0.1, ".17g"))
