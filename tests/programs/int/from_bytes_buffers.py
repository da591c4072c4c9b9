print(int.from_bytes(bytearray(b"\x01\x02"), "big"), int.from_bytes(memoryview(b"\x01\x02"), "little"))
print(int.from_bytes(bytearray([255, 255]), "big", signed=True), int.from_bytes(b"\x00\x10", byteorder="big"))
for v in ["ab", 5, [1, 2], None]:
    try:
        int.from_bytes(v, "big")
    except TypeError as e:
        print("TypeError:", e)
try:
    int.from_bytes(b"\x01", "middle")
except ValueError as e:
    print("ValueError")
