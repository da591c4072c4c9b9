# integer literals in every base, with underscores
print(0x1F, 0XFF, 0x0)
print(0o17, 0O777)
print(0b101, 0B1111_0000)
print(1_000_000, 0x_FF_FF, 0b_1_0)
print(-0x10, +0o10, -0b10)
print(0, 00, 0_0)
print(123456789012345678901234567890)
print(0xFFFFFFFFFFFFFFFFFFFF)
