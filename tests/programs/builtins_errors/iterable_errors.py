def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
def gen():
    yield "a"
    raise ValueError("boom")
t(lambda: list(gen()))
t(lambda: tuple(gen()))
t(lambda: ",".join(gen()))
t(lambda: set(gen()))
t(lambda: dict.fromkeys(gen()))
t(lambda: sorted(gen()))
t(lambda: [].extend(gen()))
t(lambda: max(gen()))
t(lambda: min([1, 2], key=lambda x: 1 / 0))
t(lambda: sorted([1, 2], key=lambda x: {}[x]))
t(lambda: {}.update(gen()))
t(lambda: sum(gen()))
t(lambda: "".join(map(str, range(5))))
t(lambda: dict(zip(gen(), gen())))
t(lambda: frozenset(gen()))
t(lambda: any(gen()))
t(lambda: all(x for x in gen()))
t(lambda: list(map(int, ["1", "x"])))
t(lambda: [x for x in gen()])
t(lambda: {x: 1 for x in gen()})
class BadIter:
    def __iter__(self): return 5
t(lambda: list(BadIter()))
class StrLen:
    def __len__(self): return "x"
t(lambda: len(StrLen()))
