def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "c"), (2, "x"), (1, "c")]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
words = ["bb", "a", "ccc", "dd", "e", "fff"]
words.sort(key=len)
print(words)
words.sort(key=len, reverse=True)
print(words)
big = [(i % 7, i) for i in range(60)]
s = sorted(big, key=lambda p: p[0])
print(all(s[i][1] < s[i + 1][1] for i in range(59) if s[i][0] == s[i + 1][0]))
print([p[1] for p in s[:10]])
