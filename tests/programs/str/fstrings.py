# f-strings with simple fields and conversions
x = 42
name = "krait"
pi = 3.14159
print(f"x={x}, name={name}")
print(f"{x!r} {name!r} {name!s}")
print(f"[{x:>5}] [{name:>8}] [{x:<4}]")
print(f"{pi:.3f} {pi:.1f}")
print(f"{x + 1} {x * 2} {name.upper()}")
print(f"{{braces}} {x}")
print(f"nested quotes {'yes'}")
items = [1, 2]
print(f"{items} {items[0]}")
print(f"")
