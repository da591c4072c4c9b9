print(int.from_bytes(b"\x00\x10", "big"), int.from_bytes(b"\x00\x10", "little"), int.from_bytes(b"", "big"))
print(int.from_bytes(b"\xff" * 12, "big"), int.from_bytes(bytes([1, 2, 3]), "little"), int.from_bytes(b"\x01" + b"\x00" * 9, "big"))
print(int.from_bytes(b"\xff\xfe", "big", signed=True), int.from_bytes(b"\x80", "big", signed=True), int.from_bytes(b"\x7f", "big", signed=True))
print(int.from_bytes(b"\x00" * 9 + b"\x80", "little", signed=True), int.from_bytes(b"\xff" * 10, "little", signed=True))
for v in [0, 1, -1, 300, -300, 2**70 + 5, -(2**70) - 5]:
    b = v.to_bytes(12, "big", signed=True)
    print(int.from_bytes(b, "big", signed=True) == v, int.from_bytes(v.to_bytes(12, "little", signed=True), "little", signed=True) == v)
