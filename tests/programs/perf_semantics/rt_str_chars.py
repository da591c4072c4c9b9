# One-character strs from every source compare equal to each other and to
# literals; ord/chr take their fast paths for ASCII and still raise the right
# errors; str ordering is code-point order whatever the first bytes.

word = "DHRYSTONE"
sources = [
    ("literal", "D"),
    ("chr", chr(68)),
    ("chr of ord", chr(ord("D"))),
    ("index", word[0]),
    ("negative index", word[-9]),
    ("slice", word[0:1]),
    ("iteration", [c for c in word][0]),
    ("join", "".join(["D"])),
    ("concat", "" + "D"),
    ("repeat", "D" * 1),
    ("strip", "  D ".strip()),
    ("split", "a D b".split()[1]),
    ("upper", "d".upper()),
    ("format", "%s" % "D"),
]
for name, c in sources:
    print(name, c == "D", c != "D", c == "E", "D" == c, c < "E", c > "C", c <= "D", c >= "D",
          hash(c) == hash("D"), {c: 1}.get("D"), ord(c))

# Non-ASCII one-character strs: several bytes each.
for ch in ["é", "€", "😀", "ÿ"]:
    s = "x" + ch + "y"
    print(ord(ch), chr(ord(ch)) == ch, s[1] == ch, len(s[1]), [ord(c) for c in s])
print([ord(c) for c in chr(127) + chr(128) + chr(0x7FF) + chr(0x800) + chr(0xFFFF) + chr(0x10000)])
print(chr(0) == "\0", ord("\0"), len(chr(0)), repr(chr(10)), repr(chr(127)))

# Ordering: the first byte decides only when it differs.
pairs = [("A", "B"), ("B", "A"), ("A", "A"), ("A", "AB"), ("AB", "A"), ("", "A"), ("A", ""),
         ("", ""), ("abc", "abd"), ("abd", "abc"), ("é", "z"), ("z", "é"), ("é", "ê"),
         ("€", "😀"), ("a\0", "a"), ("a", "a\0"), ("DHRYSTONE PROGRAM, 1'ST STRING",
         "DHRYSTONE PROGRAM, 2'ND STRING")]
for a, b in pairs:
    print(repr(a), repr(b), a < b, a <= b, a > b, a >= b, a == b, a != b)
print(sorted(["b", "é", "a", "", "ab", "€", "A", "aa"]))
print(max("hello"), min("hello"), "x" in "xyz", "é" in "café")

# Equality of longer strs from different sources (past the short compare).
long1 = "abcdefghijklmnopqrstuvwxyz" * 2
long2 = "".join(chr(ord("a") + i % 26) for i in range(52))
print(long1 == long2, long1 == long2[:-1] + "Z", long1[:16] == long2[:16], long1[:17] == long2[:17],
      long1[:16] == long2[:15] + "q")

# ord and chr errors.
for bad in [-1, 0x110000, 2**70, -2**70]:
    try:
        chr(bad)
        print("chr", bad, "no error")
    except (ValueError, OverflowError) as e:
        print("chr", bad, type(e).__name__)
for bad in ["a", 1.5, None]:
    try:
        chr(bad)
        print("chr", repr(bad), "no error")
    except TypeError:
        print("chr", repr(bad), "TypeError")
print(repr(chr(True)), ord(chr(0x10FFFF)) == 0x10FFFF)
for bad in ["", "ab", "éa", 5, None]:
    try:
        ord(bad)
        print("ord", repr(bad), "no error")
    except TypeError:
        print("ord", repr(bad), "TypeError")
