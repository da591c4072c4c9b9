print(int(b"12"), int(b" -0x1f ", 16), int(bytearray(b"42")), int(b"101", 2), int(b"12", 10), int(memoryview(b"7")))
for v in [b"1x", b"", bytearray(b"z")]:
    try:
        int(v)
    except ValueError:
        print("ValueError")
