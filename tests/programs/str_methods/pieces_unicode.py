# split, strip, partition, slicing and case changes hand out pieces of their
# argument: each piece must know its own length in code points, whether the
# source was ASCII or not, and unchanged results must still be equal strs.

def show(label, pieces):
    print(label, pieces, [len(p) for p in pieces])


# Whitespace split: every ASCII whitespace kind, leading/trailing runs.
show("ws", " a\tb\nc\vd\fe\rf  ".split())
show("ws-max", "  one  two \t three  ".split(None, 1))
show("ws-empty", " \t\n ".split())
show("empty", "".split())
show("empty-sep", "".split(","))

# Non-ASCII text: pieces count code points, not bytes.
text = "héllo wörld  €uro 日本語 naïve"
words = text.split()
show("uni", words)
print([w[0] for w in words], [w[-1] for w in words])
show("uni-sep", "α,β,,γδ".split(","))
show("uni-sep-multi", "a→→b→→→→c".split("→→"))
show("uni-max", "α β γ δ".split(" ", 2))
show("newline", "line one\nlïne two\n\nlast".split("\n"))

# A separator that is not there, and one at both ends.
show("nosep", "abc".split("x"))
show("ends", ",a,b,".split(","))
try:
    "a b".split("")
except ValueError as e:
    print("ValueError:", e)

# strip with and without chars, ASCII and not.
for s in ["  padded\t\n", "\v\fboth\r ", "none", "", "   ", " ünï ", "..é,;!", "!?"]:
    r = s.strip()
    p = s.strip(",.;!?")
    print(repr(r), len(r), repr(p), len(p))
print(repr("xxhixx".lstrip("x")), repr("xxhixx".rstrip("x")))
print(repr("éaéhiéa".strip("éa")), len("éaéhiéa".strip("éa")))
print(repr("€€ € €€".strip("€")), repr("日本日本語".lstrip("日本")))
print(repr("abc".strip("")), repr("  x  ".strip(None)))
w = "word"
print(w.strip(",.") == w, w.strip() == "word")

# Case changes: unchanged strs are still equal and usable as keys.
counts = {}
for word in ["the", "The", "THE", "the", "tHe"]:
    lw = word.lower()
    counts[lw] = counts.get(lw, 0) + 1
print(counts)
print("abc".upper(), "ABC".lower(), "ABC".upper(), "abc".lower(), "a".upper(), "Z".lower())
print("mIxEd €5".swapcase(), "€→".upper(), len("€→".upper()), "".lower() == "")
print("hello world".title(), "hello".capitalize(), "hello")

# Slices of ASCII and non-ASCII strs.
s = "wörds"
print(s[1:], len(s[1:]), s[:2], len(s[:2]), s[2:4], s[::2], s[::-1])
a = "words"
print(a[1:], a[0].upper() + a[1:], len(a[0].upper() + a[1:]))

# partition pieces.
print("kéy=välue".partition("="), [len(x) for x in "kéy=välue".partition("=")])
print("a→b→c".rpartition("→"))

# bytes share the code paths.
print(b" a b\tc ".split(), b"x,y".split(b","), b"..ab..".strip(b"."), b"Ab".lower())
print(b"\xe9a\xe9".strip(b"\xe9"), b"  \xff ".strip(), b"\xffA".lower())
