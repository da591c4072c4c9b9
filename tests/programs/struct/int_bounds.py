# Integer items at their limits round-trip in both byte orders
import struct
cases = [('b', -128), ('b', 127), ('B', 255), ('h', -32768), ('H', 65535),
         ('i', -2**31), ('I', 2**32 - 1), ('q', 2**63 - 1), ('q', -2**63), ('Q', 2**64 - 1)]
for code, v in cases:
    for order in '<>':
        fmt = order + code
        assert struct.unpack(fmt, struct.pack(fmt, v)) == (v,), fmt
    print(code, struct.pack('>' + code, v))
