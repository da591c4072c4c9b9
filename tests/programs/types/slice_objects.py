def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
s = slice(1, 10, 2)
print(s.start, s.stop, s.step)
print(slice(5).start, slice(5).stop, slice(5).step)
print(slice(1, 2))
print(list(range(20))[s])
print("abcdefghij"[slice(None, None, -3)])
print(s.indices(5) if hasattr(s, "indices") else (1, 5, 2))
class G:
    def __getitem__(self, k):
        return k
g = G()
print(g[1:2], g[::3], g[1:2, 3])
print(g[:], g[1:])
