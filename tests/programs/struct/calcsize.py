# struct.calcsize: counts, padding and native alignment
import struct
print(struct.calcsize('<bhi'), struct.calcsize('>qd'), struct.calcsize('<5s'))
print(struct.calcsize('<3h'), struct.calcsize('<2x'), struct.calcsize(''))
print(struct.calcsize('@bi'), struct.calcsize('@bh'), struct.calcsize('@bq'), struct.calcsize('bbh'))
print(struct.calcsize('<bi'), struct.calcsize('=bi'))
print(struct.calcsize('<10sH'))
