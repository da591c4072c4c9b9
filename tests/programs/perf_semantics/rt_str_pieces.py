# str pieces of every short length (copied without a library call) and
# splits of up to and past the number of pieces remembered in one scan.

alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ"
for n in range(0, 40):
    w = alphabet[:n]
    line = " ".join([w] * 3)
    parts = line.split()
    print(n, len(parts), parts == ([w] * 3 if n else []), (w + "!").strip("!") == w,
          ("x" + w)[1:] == w, ("," + w + ",").split(",")[1] == w, len(w.upper()), w.lower() == w.lower())

for count in (0, 1, 7, 8, 9, 31, 32, 33, 34, 64, 100):
    words = ["w%d" % i for i in range(count)]
    s = "  ".join(words)
    parts = s.split()
    print(count, len(parts), parts == words, len(s.split(" ")) == max(2 * count - 1, 1),
          "\n".join(words).split("\n") == (words if count else [""]),
          len(s.split(None, 5)), s.split(None, 40)[-1:] == (words[40:] and ["  ".join(words[40:])] or words[-1:]))

# Non-ASCII pieces keep their lengths.
t = " ".join(["é" * k + "x" for k in range(40)])
ps = t.split()
print(len(ps), [len(p) for p in ps[:5]], ps[39] == "é" * 39 + "x", sum(len(p) for p in ps))
print("a,b,,c".split(","), " a  b ".split(), "".split(), "   ".split(), "a b c".split(None, 1))
print("-".join(["ab", "", "cdefghijkl", "mnopqrstuvwxyz0123"]), "".join(["é", "ü" * 9, "😀"]))
print(("abc" * 7)[2:19], "x" + "y" * 15 + "z", len("q" * 17 + "r" * 3))
