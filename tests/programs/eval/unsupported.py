# Constructs the evaluator does not run raise a clear error naming them
# (never a crash); generator expressions are run to completion at once.
for src in ["def g():\n    yield 1", "async def h():\n    pass"]:
    try:
        exec(src)
    except NotImplementedError as e:
        print("NotImplementedError:", e)
print(eval("list(x * 2 for x in range(4))"), eval("sum(x for x in [1, 2, 3])"))
