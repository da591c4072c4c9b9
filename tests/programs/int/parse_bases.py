print(int("11", 2), int("777", 8), int("ff", 16), int("FF", 16), int("z", 36), int("Z", 36), int("10", 36))
print(int("0x10", 16), int("0o10", 8), int("0b10", 2), int("-zz", 36), int("1_0", 3))
print(int("9" * 40), int("-" + "f" * 24, 16), int("1" * 70, 2))
print(int("  42  "), int("\t-7\n"), int("+0"), int("-0"), int("1_000_000"))
