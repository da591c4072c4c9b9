def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
s = {1, 2}
s.add(3); s.add(1); print(sorted(s))
s.remove(1); print(sorted(s))
t(lambda: s.remove(99))
s.discard(99); s.discard(2); print(sorted(s))
s.add(4)
popped = [s.pop(), s.pop()]
print(sorted(popped), s)
t(lambda: set().pop())
s = {1, 2, 3}
s.clear(); print(s, len(s))
t(lambda: s.add([1]))
t(lambda: s.remove({}))
