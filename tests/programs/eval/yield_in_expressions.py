# yield / await inside expressions of evaluated generators and coroutines:
# the statement continues where it paused, each sub-expression evaluated once.
class Later:
    def __init__(self, v):
        self.v = v

    def __iter__(self):
        got = yield "waiting for " + str(self.v)
        return self.v + got

    __await__ = __iter__


def once(tag):
    print("evaluated", tag)
    return tag


exec("""
def collect():
    out = []
    out.append((yield "first"))
    total = (yield "a") + (yield "b")
    pair = [once("left"), (yield "mid"), once("right")]
    return out, total, pair

async def compute():
    print("sum", await Later(1) + await Later(2))
    return [await Later(10), once("tail")]
""")
g = collect()
print(next(g), g.send("x"), g.send(1), g.send(2))
try:
    g.send("M")
except StopIteration as e:
    print("returned", e.value)
c = compute()
print(c.send(None), c.send(100), c.send(200))
try:
    c.send(5)
except StopIteration as e:
    print("returned", e.value)
