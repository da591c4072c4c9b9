async def f(g):
    h = lambda: await g()
    return h
