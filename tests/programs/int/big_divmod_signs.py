for a in [2**70, -(2**70), 2**70 + 12345]:
    for b in [7, -7, 2**35, -(2**35 + 1)]:
        q, r = divmod(a, b)
        print(q, r, q * b + r == a, a // b == q, a % b == r)
