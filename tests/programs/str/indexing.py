# indexing and slicing strings
s = "abcdefgh"
print(s[0], s[3], s[-1], s[-8])
print(s[2:5], s[:3], s[5:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[6:1:-2])
print(s[2:2] == "", s[10:], s[-100:2], s[5:100])
print(s[1:7:3], s[-2:-6:-1])
print(len(s), len(""), len(s[1:4]))
