print(hex(255), hex(-255), oct(8), oct(-8), bin(5), bin(-5), hex(0), bin(0), hex(2**70), bin(-(2**65)), oct(True))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
