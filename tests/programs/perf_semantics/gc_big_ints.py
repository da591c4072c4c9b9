# Big integers of many sizes, from one digit to tens of thousands of bits,
# made and dropped in loops that collect many times (their digit arrays
# are big heap blocks freed and reused at every size), checked against
# identities that hold exactly.

# Products of growing and shrinking sizes.
acc = 1
sizes = []
for k in range(1, 400):
    acc *= k * k + 1
    if k % 50 == 0:
        sizes.append(acc.bit_length())
print(sizes)
print(acc % 1000000007, acc % 998244353)

# Powers, exact division back down, many sizes at once.
ok = True
for e in range(1, 3000, 37):
    p = 7**e
    q = p * (3**e) // (21**e // 7**e)
    if q != p:
        ok = False
    if (p - 1) % 6 != 0:
        ok = False
print(ok)

# A spigot-like loop: every iteration allocates several numbers of the same
# growing size (the pattern of pidigits).
q, r, t, k, digit, i = 1, 0, 1, 1, 3, 3
digits = []
while len(digits) < 300:
    if 4 * q + r - t < digit * t:
        digits.append(digit)
        nr = 10 * (r - digit * t)
        digit = (10 * (3 * q + r)) // t - 10 * digit
        q *= 10
        r = nr
    else:
        nr = (2 * q + r) * i
        nd = (q * (7 * k) + 2 + (r * i)) // (t * i)
        q *= k
        t *= i
        i += 2
        k += 1
        r = nr
        digit = nd
print("".join(str(d) for d in digits[:60]))
print(sum(digits), len(str(q)) > 300)

# Many live big ints of different sizes, kept in a list and a dict, while
# garbage big ints come and go.
live = [2**i + i for i in range(0, 5000, 13)]
index = {i: 3**i for i in range(0, 2000, 29)}
for rnd in range(20):
    junk = [x * x for x in live[rnd::10]]
    junk = None
print(all(live[j] == 2 ** (13 * j) + 13 * j for j in range(len(live))))
print(all(index[i] == 3**i for i in index), sum(v % 97 for v in index.values()))
# Negative numbers and mixed signs through the same sizes.
s = 0
for i in range(1, 200):
    a = -(5**i) + 2**i
    b = (a * a - 4**i) // (-(5**i))
    s += b % 1009
print(s)
