# Operands of thousands of digits: Karatsuba products (balanced and not),
# long division by long and by short divisors, modular powers with a long
# modulus, and the decimal round trip, checked by identities and residues.
a = 7 ** 30000
b = 11 ** 20000
c = a * b
print(c % 1000000007, c.bit_length())
print(c // b == a, c % a == 0, (c + 1) % b == 1)
q, r = divmod(c + a - 1, a + 12345)
print(q.bit_length(), r % 1000003, q * (a + 12345) + r == c + a - 1)
q, r = divmod(-c, 10 ** 19 + 9)
print(q % 99991, r, q * (10 ** 19 + 9) + r == -c)
f = 1
for i in range(2, 3000):
    f *= i
print(f % 998244353, f.bit_length(), len(str(f)))
print(int(str(f)) == f, int(str(-a)) == -a)
m = 2 ** 1279 - 1
print(pow(3, m - 1, m), pow(5, 10 ** 30 + 7, m) % 1000003)
print((a * a - b * b) == (a - b) * (a + b))
