# non-ASCII strings index by code point
s = "héllo"
print(s, len(s))
print(s[0], s[1], s[-1], s[1:3])
print(s[::-1])
for ch in "aé€":
    print(ch, len(ch))
t = "日本語"
print(t, len(t), t[1], t[-1])
print(t + s, len(t + s))
print("é" in s, "€" in s)
print(repr("é"), repr("日本"))
print(s.find("l"), "€uro".startswith("€"))
