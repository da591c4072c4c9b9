# An unsigned 64-bit parameter takes every value of its C type: ints from
# 2**63 to 2**64 - 1 pass their bits (as C would convert them); only ints
# beyond 64 bits raise OverflowError. llabs sees the bits as a signed value.
from krait import extern

@extern
def llabs(x: c_uint64) -> c_uint64: ...

print(llabs(5))
print(llabs(2**64 - 1))
print(llabs(2**63 + 7))
print(llabs(2**63 + 1))
try:
    llabs(2**64)
except OverflowError as e:
    print("OverflowError:", e)
try:
    llabs(-2**64)
except OverflowError as e:
    print("OverflowError:", e)
