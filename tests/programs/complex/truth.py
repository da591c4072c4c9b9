print(bool(0j), bool(1j), bool(1 + 0j), bool(-0.0 + 0j), not 0j)
if 2j:
    print("truthy")
x = 0j or "default"
print(x)
