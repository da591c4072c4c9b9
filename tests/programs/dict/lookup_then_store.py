# A store right after a lookup of the same key reuses the lookup's entry;
# anything that changes the dict in between, or another dict, must not.

counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)

d = {"a": 1, "b": 2}
k = "a"
v = d[k]
d["c"] = 3            # the dict changes between the load and the store
d[k] = v + 10
print(d)

# Same key object, another dict with the same contents.
e = {"a": 1, "b": 2}
x = d.get(k)
e[k] = 100
print(d, e)

# Removed and re-added between.
f = {"p": 1, "q": 2, "r": 3}
key = "q"
old = f[key]
del f["q"]
f[key] = old + 1
print(f, list(f))

# Cleared between.
g = {"z": 1}
z = g["z"]
g.clear()
g["z"] = z + 1
print(g)

# A resize between: many inserts move every entry.
h = {"first": 0}
first = h["first"]
for i in range(100):
    h["k%d" % i] = i
h["first"] = first + 5
print(h["first"], len(h), h["k99"])

# Equal keys that are different objects, and keys with a user __eq__.
word = "".join(["wo", "rd"])
m = {"word": 1}
m[word] = m.get(word, 0) + 1
print(m)


class Key:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return self.n % 3

    def __eq__(self, other):
        return isinstance(other, Key) and self.n == other.n

    def __repr__(self):
        return "Key(%d)" % self.n


kd = {Key(1): "one", Key(4): "four"}
k4 = Key(4)
kd[k4] = kd[k4] + "!"
kd[Key(7)] = "seven"
print(sorted(kd.items(), key=lambda kv: kv[0].n))

# A missing key: the store inserts.
n = {}
n["new"] = n.get("new", 0) + 1
n["new"] += 1
print(n)

# `in` then store.
s = {}
for ch in "abracadabra":
    if ch in s:
        s[ch] += 1
    else:
        s[ch] = 1
print(s)
