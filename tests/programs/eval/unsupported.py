# Constructs the evaluator does not run raise a clear error naming them
# (never a crash).
try:
    exec("f = lambda: (yield)")
except NotImplementedError as e:
    print("NotImplementedError:", e)
exec("async def h(xs):\n    return [x async for x in xs]")
try:
    h([]).send(None)
except NotImplementedError as e:
    print("NotImplementedError:", e)
# A yield in a compound statement's header fails when the generator reaches it.
exec("def g():\n    yield 1\n    while (yield 2):\n        pass")
it = g()
print(next(it))
try:
    next(it)
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(list(it))
