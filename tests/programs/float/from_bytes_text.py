print(float(b"1.5"), float(bytearray(b" -2e3 ")), float(b"inf"), float(b"1_0"))
try:
    float(b"abc")
except ValueError:
    print("ValueError")
